package uk.safeguarding.training.staffimport;

/** What a confirmed staff import did. Refused rows were not imported. */
public record StaffImportResult(int created, int updated, int unchanged, int refused) {
}
