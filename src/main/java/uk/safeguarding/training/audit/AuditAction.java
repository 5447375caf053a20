package uk.safeguarding.training.audit;

/** What the audit log records. */
public enum AuditAction {
    SIGN_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    ACCOUNT_LOCKED("Sign-in locked"),
    PASSWORD_CHANGED("Password changed"),
    USER_CREATED("Person added"),
    USER_CHANGED("Person changed"),
    ROLE_CHANGED("Roles changed"),
    UNIT_CHANGED("Unit changed"),
    PEOPLE_IMPORTED("People imported"),
    COURSE_DRAFT_SAVED("Course draft saved"),
    COURSE_PUBLISHED("Course published"),
    COURSE_IMPORTED("Course imported"),
    CERTIFICATE_REVOKED("Certificate revoked"),
    PERSONAL_DATA_EXPORTED("Personal data exported"),
    SETTINGS_CHANGED("Settings changed"),
    PERSON_ERASED("Person erased"),
    RETENTION_APPLIED("Retention applied"),
    USER_DEACTIVATED("Person deactivated"),
    USER_REACTIVATED("Person reactivated"),
    ONE_TIME_PASSWORD_ISSUED("One-time password issued"),
    UNIT_CREATED("Unit added"),
    UNIT_RENAMED("Unit renamed"),
    UNIT_MOVED("Unit moved"),
    UNIT_RETIRED("Unit retired"),
    POLICY_PUBLISHED("Policy published"),
    POLICY_ASSIGNED("Policy assigned"),
    EVIDENCE_PACK_DOWNLOADED("Evidence pack downloaded");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
