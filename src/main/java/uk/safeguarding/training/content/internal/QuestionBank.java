package uk.safeguarding.training.content.internal;

import java.util.List;

import uk.safeguarding.training.course.QuestionDefinition;

/**
 * What questions.yaml holds. Questions with mistakes are kept (with nulls where a field was wrong) so that
 * counting per module does not add a misleading "module has no question" on top of the real mistake.
 *
 * @param questionsLine       line of the {@code questions:} key (0 when absent), where per-module gaps point
 * @param knowledgeChecksLine line of the {@code knowledgeChecks:} key (0 when absent)
 */
record QuestionBank(List<QuestionDefinition> questions, List<QuestionDefinition> knowledgeChecks,
                    int questionsLine, int knowledgeChecksLine) {

    static final QuestionBank UNREADABLE = new QuestionBank(List.of(), List.of(), 0, 0);
}
