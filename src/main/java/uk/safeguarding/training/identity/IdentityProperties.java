package uk.safeguarding.training.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param initialAdminEmail the login of the administrator created on the first start of an empty database
 * @param organisationName  the name of the root unit created with that administrator
 */
@ConfigurationProperties("training.identity")
@Validated
public record IdentityProperties(@NotBlank @Email String initialAdminEmail, @NotBlank String organisationName) {
}
