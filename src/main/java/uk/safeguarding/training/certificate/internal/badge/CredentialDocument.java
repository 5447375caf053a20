package uk.safeguarding.training.certificate.internal.badge;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguarding.training.certificate.Certificate;

/**
 * The OpenBadgeCredential of one certificate (Open Badges 3.0 on the Verifiable Credentials Data Model 2.0), built
 * from what was fixed when the certificate was issued, so it is the same credential at every download. The learner
 * is named as the certificate names them (an unhashed IdentityObject of type "name"), like the PDF; the subject and
 * credential ids are random, so nothing in the credential leads to the certificate code.
 */
public final class CredentialDocument {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String OB_SCHEMA = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

    private CredentialDocument() {
    }

    /** What the achievement says about the course version the certificate was issued for. */
    public record CourseFacts(String summary, int passMark, int questions, int modules) {
    }

    /** The public addresses of the issuer's documents under one base URL. */
    public record Addresses(String base) {
        public Addresses {
            base = base.strip().replaceAll("/+$", "");
        }

        public String issuer() {
            return base + "/badges/issuer";
        }

        public String jwks() {
            return base + "/badges/jwks.json";
        }

        public String key(String keyId) {
            return base + "/badges/keys/" + keyId;
        }

        public String revocations() {
            return base + "/badges/revocations";
        }

        String achievement(long courseId, int version) {
            return base + "/badges/achievements/" + courseId + "/v" + version;
        }
    }

    /** When the credential starts to be valid: the moment the certificate was issued, to the second. */
    public static Instant validFrom(Certificate c) {
        return c.getIssuedAt().truncatedTo(ChronoUnit.SECONDS);
    }

    /** The last second of the certificate's valid-until day where it was issued: it is valid through that day. */
    public static Instant validUntil(LocalDate validUntil, ZoneId zone) {
        return validUntil.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
    }

    static Map<String, Object> of(Certificate c, BadgeCredential ids, CourseFacts course, Addresses at, ZoneId zone) {
        String achievementId = at.achievement(c.getCourseId(), c.getCourseVersionNumber());
        Map<String, Object> criteria = new LinkedHashMap<>();
        criteria.put("narrative", "Work through all " + course.modules() + " modules of " + c.getCourseTitle()
                + " (version " + c.getCourseVersionNumber() + "), answer the knowledge check at the end of each, and"
                + " pass the final assessment of " + course.questions() + " scenario questions, graded on the server,"
                + " with at least " + course.passMark() + "%. The certificate is valid for a fixed period, then the"
                + " training must be refreshed.");
        Map<String, Object> resultDescription = new LinkedHashMap<>();
        resultDescription.put("id", achievementId + "#final-assessment");
        resultDescription.put("type", List.of("ResultDescription"));
        resultDescription.put("name", "Final assessment score");
        resultDescription.put("resultType", "Percent");
        resultDescription.put("requiredValue", Integer.toString(course.passMark()));
        resultDescription.put("valueMin", "0");
        resultDescription.put("valueMax", "100");

        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", achievementId);
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "CertificateOfCompletion");
        achievement.put("name", c.getCourseTitle());
        achievement.put("description", course.summary() == null || course.summary().isBlank()
                ? c.getCourseTitle() : course.summary().strip());
        achievement.put("criteria", criteria);
        achievement.put("version", Integer.toString(c.getCourseVersionNumber()));
        achievement.put("inLanguage", "en-GB");
        achievement.put("resultDescription", List.of(resultDescription));

        Map<String, Object> name = new LinkedHashMap<>();
        name.put("type", "IdentityObject");
        name.put("identityHash", c.getLearnerName());
        name.put("identityType", "name");
        name.put("hashed", false);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("type", List.of("Result"));
        result.put("resultDescription", achievementId + "#final-assessment");
        result.put("value", Integer.toString(c.getScorePercent()));
        result.put("status", "Completed");

        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", ids.subjectId());
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(name));
        subject.put("achievement", achievement);
        subject.put("result", List.of(result));

        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("id", at.issuer());
        issuer.put("type", List.of("Profile"));
        issuer.put("name", c.getIssuingOrganisation());
        issuer.put("url", at.base());

        Map<String, Object> status = new LinkedHashMap<>();
        status.put("id", at.revocations());
        status.put("type", "1EdTechRevocationList");
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("id", OB_SCHEMA);
        schema.put("type", "1EdTechJsonSchemaValidator2019");

        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        credential.put("id", ids.credentialId());
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("name", c.getCourseTitle());
        credential.put("description", c.getIssuingOrganisation() + " certifies that the person named completed "
                + c.getCourseTitle() + " (version " + c.getCourseVersionNumber() + ") on " + c.getCompletedOn()
                + " with " + c.getScorePercent() + "%.");
        credential.put("issuer", issuer);
        credential.put("validFrom", validFrom(c).toString());
        credential.put("validUntil", validUntil(c.getValidUntil(), zone).toString());
        credential.put("credentialSubject", subject);
        credential.put("credentialStatus", status);
        credential.put("credentialSchema", List.of(schema));
        return credential;
    }
}
