package uk.safeguarding.training.certificate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param publicBaseUrl the address people outside the organisation use to reach this app, for the verification
 *                      link and QR code on every certificate (for example https://training.example.org); the
 *                      default when an administrator has not set one in the organisation settings
 */
@ConfigurationProperties("training.certificates")
@Validated
public record CertificateProperties(@Pattern(regexp = "(https?://[^\\s]+)?") String publicBaseUrl) {

    /**
     * Printed when no public address is set anywhere: a dead link for anyone but this machine, which is why
     * administrators are told until they set one (OrganisationService.publicAddressMissing).
     */
    public static final String UNSET_FALLBACK = "http://localhost:8080";

    public CertificateProperties {
        publicBaseUrl = publicBaseUrl == null ? "" : publicBaseUrl.strip();
    }

    /** The configured address, or the fallback when none is configured. */
    public String baseUrlOrFallback() {
        return publicBaseUrl.isEmpty() ? UNSET_FALLBACK : publicBaseUrl;
    }

    public String verificationUrl(String code) {
        return verificationUrl(baseUrlOrFallback(), code);
    }

    /** The verification address under {@code baseUrl} (an administrator's setting, which wins over the property). */
    public static String verificationUrl(String baseUrl, String code) {
        return baseUrl.strip().replaceAll("/+$", "") + "/verify/" + CertificateCode.display(code);
    }
}
