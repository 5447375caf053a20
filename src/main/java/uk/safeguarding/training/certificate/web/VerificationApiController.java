package uk.safeguarding.training.certificate.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguarding.training.certificate.CertificateCode;
import uk.safeguarding.training.certificate.Verification;
import uk.safeguarding.training.certificate.VerificationService;

/**
 * The verification API (docs/openapi.yaml): what the verify page shows, as JSON, from the same
 * {@link VerificationService} with the same per-client limit on codes not found. Read-only and public, so any web
 * page may call it (CORS for GET, no credentials); it creates no session.
 *
 * <p>The status is the outcome's name in lower case, so an outcome added to {@link Verification.Outcome} appears
 * here without a second mapping; only the two outcomes that are not a certificate get their own HTTP status.
 */
@RestController
@CrossOrigin(origins = "*", methods = RequestMethod.GET, allowCredentials = "false", maxAge = 3600)
class VerificationApiController {

    private final VerificationService verification;

    VerificationApiController(VerificationService verification) {
        this.verification = verification;
    }

    @GetMapping(value = "/api/verify/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> verify(@PathVariable String code, HttpServletRequest request) {
        Verification answer = verification.verify(code, request.getRemoteAddr());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(httpStatus(answer.outcome()))
                .cacheControl(CacheControl.noStore());
        if (answer.tryAgainAfter() != null) {
            long seconds = Math.max(1, Duration.between(Instant.now(), answer.tryAgainAfter()).toSeconds());
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        }
        return response.body(body(code, answer));
    }

    static String status(Verification.Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT);
    }

    private static HttpStatus httpStatus(Verification.Outcome outcome) {
        return switch (outcome) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case TOO_MANY_ATTEMPTS -> HttpStatus.TOO_MANY_REQUESTS;
            default -> HttpStatus.OK;
        };
    }

    private static Map<String, Object> body(String typed, Verification answer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", CertificateCode.normalise(typed).map(CertificateCode::display).orElse(null));
        body.put("status", status(answer.outcome()));
        body.put("detailsWithheld", answer.detailsWithheld());
        body.put("name", answer.learnerName());
        body.put("course", answer.courseTitle());
        body.put("courseVersion", answer.courseVersion());
        body.put("edition", answer.edition());
        body.put("supersededByEdition", answer.supersededByEdition());
        body.put("completedOn", answer.completedOn() == null ? null : answer.completedOn().toString());
        body.put("validUntil", answer.validUntil() == null ? null : answer.validUntil().toString());
        body.put("revokedAt", answer.revokedAt() == null ? null : answer.revokedAt().toString());
        body.put("tryAgainAfter", answer.tryAgainAfter() == null ? null : answer.tryAgainAfter().toString());
        return body;
    }
}
