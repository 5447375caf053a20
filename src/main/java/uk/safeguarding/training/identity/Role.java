package uk.safeguarding.training.identity;

/** What a person may do. A person may hold several roles; a manager is usually also a learner. */
public enum Role {
    LEARNER("Learner"),
    MANAGER("Manager"),
    TRAINER("Trainer"),
    ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority name, e.g. {@code ROLE_MANAGER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
