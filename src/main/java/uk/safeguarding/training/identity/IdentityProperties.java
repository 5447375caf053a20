package uk.safeguarding.training.identity;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param initialAdminEmail the login of the administrator created on the first start of an empty database
 * @param organisationName  the name of the root unit created with that administrator
 */
@ConfigurationProperties("training.identity")
@Validated
public record IdentityProperties(@NotBlank String initialAdminEmail, @NotBlank String organisationName) {

    /**
     * The same address rule as the people form ({@link EmailAddress}), not Bean Validation's looser {@code @Email}
     * (which takes admin@localhost): an address the form refuses could not be saved there later without changing it.
     */
    public IdentityProperties {
        if (initialAdminEmail != null && !initialAdminEmail.isBlank()) {
            EmailAddress.problem(initialAdminEmail).ifPresent(problem -> {
                throw new IllegalArgumentException("training.identity.initial-admin-email: " + problem);
            });
        }
    }
}
