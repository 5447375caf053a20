package uk.safeguarding.training.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.QuestionDefinition;

/**
 * Draws an attempt's questions: at least one from every module (so the assessment covers the whole course),
 * the rest at random from what is left of the bank, in random order, each with its options shuffled.
 */
public final class QuestionDraw {

    private QuestionDraw() {
    }

    public static List<DrawnQuestion> draw(CourseDefinition course, RandomGenerator random) {
        int wanted = Math.min(course.questionsPerAttempt(), course.questions().size());
        Map<String, List<QuestionDefinition>> byModule = new LinkedHashMap<>();
        course.modules().forEach(m -> byModule.put(m.id(), new ArrayList<>()));
        course.questions().forEach(q -> byModule.computeIfAbsent(q.moduleId(), k -> new ArrayList<>()).add(q));

        List<QuestionDefinition> chosen = new ArrayList<>();
        List<QuestionDefinition> rest = new ArrayList<>();
        for (List<QuestionDefinition> pool : byModule.values()) {
            if (pool.isEmpty()) {
                continue;
            }
            List<QuestionDefinition> shuffled = new ArrayList<>(pool);
            shuffle(shuffled, random);
            if (chosen.size() < wanted) {
                chosen.add(shuffled.removeFirst());
            }
            rest.addAll(shuffled);
        }
        shuffle(rest, random);
        for (int i = 0; chosen.size() < wanted && i < rest.size(); i++) {
            chosen.add(rest.get(i));
        }
        shuffle(chosen, random);
        return chosen.stream().map(q -> {
            List<Integer> order = new ArrayList<>(IntStream.range(0, q.options().size()).boxed().toList());
            shuffle(order, random);
            return new DrawnQuestion(q.id(), order);
        }).toList();
    }

    static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }
}
