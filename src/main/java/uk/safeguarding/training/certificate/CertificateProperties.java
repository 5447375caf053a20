package uk.safeguarding.training.certificate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param publicBaseUrl the address people outside the organisation use to reach this app, for the verification
 *                      link and QR code on every certificate (for example https://training.example.org)
 */
@ConfigurationProperties("training.certificates")
@Validated
public record CertificateProperties(@NotBlank @Pattern(regexp = "https?://[^\\s]+") String publicBaseUrl) {

    public String verificationUrl(String code) {
        return publicBaseUrl.replaceAll("/+$", "") + "/verify/" + CertificateCode.display(code);
    }
}
