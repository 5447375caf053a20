package uk.safeguarding.training.dataprotection;

/** What erasing one person changed, for the audit entry and the message shown to the administrator. */
public record ErasureResult(String pseudonym, int attemptsWithoutAnswers, int certificatesWithheld, int remindersDeleted,
                           int auditEntriesPseudonymised) {
}
