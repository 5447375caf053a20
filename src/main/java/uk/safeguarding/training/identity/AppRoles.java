package uk.safeguarding.training.identity;

/**
 * Role names as constants for {@code @RolesAllowed} on views and on services, so views and services name the same
 * roles.
 */
public final class AppRoles {
    public static final String LEARNER = "LEARNER";
    public static final String MANAGER = "MANAGER";
    public static final String TRAINER = "TRAINER";
    public static final String ADMIN = "ADMIN";

    private AppRoles() {
    }
}
