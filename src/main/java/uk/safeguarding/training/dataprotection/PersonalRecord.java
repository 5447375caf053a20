package uk.safeguarding.training.dataprotection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything the application holds about one person, as they download it ("My training record"). */
public record PersonalRecord(Instant exportedAt, String organisation, Profile profile, List<TrainingEntry> training,
                             List<CertificateEntry> certificates, List<NotificationEntry> notifications,
                             List<PolicyEntry> policyAcknowledgements) {

    public record Profile(String name, String email, String unit, List<String> roles, List<String> managedUnits,
                          LocalDate joinedOn, Instant accountCreatedAt, boolean active, LocalDate leftOn) {
    }

    /** One assignment and, once started, the enrolment: version, dates, stage, score, and every attempt. */
    public record TrainingEntry(String course, String reason, LocalDate dueOn, Instant assignedAt, Instant closedAt,
                                Integer courseVersion, Instant startedAt, String stage, Instant completedAt,
                                Integer scorePercent, List<AttemptEntry> attempts) {
    }

    /** {@code answersKept} is false once the individual answers were deleted under the retention policy. */
    public record AttemptEntry(int number, Instant startedAt, Instant submittedAt, Integer correct, int questions,
                               Integer scorePercent, Boolean passed, boolean answersKept) {
    }

    public record CertificateEntry(String code, String course, int courseVersion, LocalDate completedOn,
                                   int scorePercent, LocalDate validUntil, String status, Instant revokedAt,
                                   String issuer) {
    }

    public record NotificationEntry(Instant createdAt, String message, boolean read) {
    }

    /** "I have read and understood": which policy, which version (and its content hash), when. */
    public record PolicyEntry(String policy, int version, String contentHash, Instant acknowledgedAt) {
    }
}
