package uk.safeguarding.training.identity;

import jakarta.validation.constraints.AssertTrue;
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
     * The same address rule as the people form ({@link EmailAddress}), not Bean Validation's looser {@code @Email}:
     * an address the form would refuse could not be corrected later without changing it.
     */
    @AssertTrue(message = "must be an email address like name@example.org")
    public boolean isInitialAdminEmailAnAddress() {
        return initialAdminEmail == null || initialAdminEmail.isBlank() || EmailAddress.problem(initialAdminEmail).isEmpty();
    }
}
