package uk.safeguarding.training.course;

import java.util.List;
import java.util.stream.IntStream;

/** An assessment question or a knowledge check (same shape; knowledge checks are not graded). */
public record QuestionDefinition(String id, String moduleId, String sourceId, QuestionType type, String scenario,
                                 String prompt, List<OptionDefinition> options) {

    public QuestionDefinition {
        options = List.copyOf(options);
    }

    /** Zero-based indexes of the correct options, in option order. */
    public List<Integer> correctOptionIndexes() {
        return IntStream.range(0, options.size()).filter(i -> options.get(i).correct()).boxed().toList();
    }
}
