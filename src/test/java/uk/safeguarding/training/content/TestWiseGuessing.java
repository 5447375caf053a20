package uk.safeguarding.training.content;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

import uk.safeguarding.training.course.OptionDefinition;
import uk.safeguarding.training.course.QuestionDefinition;
import uk.safeguarding.training.course.QuestionType;

/**
 * Two strategies of a learner who knows nothing about the subject but knows how tests are written. Each returns
 * the expected score (0 to 1) on a question under the app's grading rule: right only when every correct option and
 * no wrong one is chosen. Ties are broken at random, so a tie between k options earns 1/k.
 */
final class TestWiseGuessing {

    private TestWiseGuessing() {
    }

    /** One answer: the longest option. Several answers: every option at least as long as the average. */
    static double pickTheLongest(QuestionDefinition question) {
        List<OptionDefinition> options = question.options();
        if (question.type() == QuestionType.SINGLE) {
            return longestAmong(options, IntStream.range(0, options.size()).boxed().toList());
        }
        double mean = options.stream().mapToInt(o -> o.text().length()).average().orElse(0);
        return exactly(options, i -> options.get(i).text().length() >= mean);
    }

    /**
     * One answer: drop options with absolute words (unless that drops them all), then the longest. Several
     * answers: every option without an absolute word.
     */
    static double avoidAbsolutesThenPickTheLongest(QuestionDefinition question) {
        List<OptionDefinition> options = question.options();
        List<Integer> plain = IntStream.range(0, options.size())
                .filter(i -> !AnswerCues.hasAbsoluteWord(options.get(i).text())).boxed().toList();
        if (question.type() == QuestionType.SINGLE) {
            return longestAmong(options, plain.isEmpty() ? IntStream.range(0, options.size()).boxed().toList() : plain);
        }
        return exactly(options, plain::contains);
    }

    /** Mean expected score over a bank. */
    static double score(List<QuestionDefinition> bank, Function<QuestionDefinition, Double> strategy) {
        return bank.stream().mapToDouble(strategy::apply).average().orElse(0);
    }

    private static double longestAmong(List<OptionDefinition> options, List<Integer> candidates) {
        int max = candidates.stream().mapToInt(i -> options.get(i).text().length()).max().orElse(0);
        List<Integer> longest = candidates.stream().filter(i -> options.get(i).text().length() == max).toList();
        return (double) longest.stream().filter(i -> options.get(i).correct()).count() / longest.size();
    }

    private static double exactly(List<OptionDefinition> options, java.util.function.IntPredicate ticked) {
        Set<Integer> chosen = new HashSet<>();
        IntStream.range(0, options.size()).filter(ticked).forEach(chosen::add);
        boolean right = IntStream.range(0, options.size()).allMatch(i -> options.get(i).correct() == chosen.contains(i));
        return right ? 1 : 0;
    }
}
