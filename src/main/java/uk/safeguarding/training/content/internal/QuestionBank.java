package uk.safeguarding.training.content.internal;

import java.util.List;

import uk.safeguarding.training.course.QuestionDefinition;

/**
 * What questions.yaml holds. Questions with mistakes are kept (with nulls where a field was wrong) so that
 * counting per module does not add a misleading "module has no question" on top of the real mistake.
 *
 * @param questionsLine       line of the {@code questions:} key (0 when absent), where per-module gaps point
 * @param knowledgeChecksLine line of the {@code knowledgeChecks:} key (0 when absent)
 * @param questionLines       where each question was written, in the order of {@code questions}
 * @param checkLines          where each knowledge check was written, in the order of {@code knowledgeChecks}
 */
record QuestionBank(List<QuestionDefinition> questions, List<QuestionDefinition> knowledgeChecks,
                    int questionsLine, int knowledgeChecksLine,
                    List<QuestionLines> questionLines, List<QuestionLines> checkLines) {

    static final QuestionBank UNREADABLE = new QuestionBank(List.of(), List.of(), 0, 0, List.of(), List.of());
}
