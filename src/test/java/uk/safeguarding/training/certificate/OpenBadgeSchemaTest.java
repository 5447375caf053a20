package uk.safeguarding.training.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Our transcription of the Open Badges 3.0 data model ({@link IndependentVerifier#SCHEMA_RESOURCE}) must judge: a
 * schema that accepts everything would let {@code OpenBadgeIT} pass whatever the issuer wrote. A minimal credential
 * that the specification allows passes; taking away any one required property, or giving one the wrong type, fails.
 * No Spring: this checks the very schema object the verifier uses.
 */
class OpenBadgeSchemaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final IndependentVerifier VERIFIER = new IndependentVerifier(UnaryOperator.identity());

    /** The smallest credential the data model allows: only the REQUIRED properties, plus the optional dates. */
    private static final String MINIMAL = """
            {
              "@context": ["https://www.w3.org/ns/credentials/v2",
                           "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
              "id": "urn:uuid:8b2f0d5e-3a0c-4a53-9a54-0d5ec2f1a6b7",
              "type": ["VerifiableCredential", "OpenBadgeCredential"],
              "name": "Safeguarding Level 1",
              "issuer": {"id": "https://training.example.org/badges/issuer", "type": ["Profile"]},
              "validFrom": "2026-11-29T10:15:30Z",
              "credentialSubject": {
                "type": ["AchievementSubject"],
                "achievement": {
                  "id": "https://training.example.org/badges/achievements/1/v2",
                  "type": ["Achievement"],
                  "name": "Safeguarding Level 1",
                  "description": "Recognising and reporting concerns about a child.",
                  "criteria": {"narrative": "Pass the final assessment with at least 80%."}
                }
              }
            }""";

    private static ObjectNode minimal() {
        return (ObjectNode) JSON.readTree(MINIMAL);
    }

    /** The shape our issuer writes on top of the minimum, so every optional property it uses is checked too. */
    private static ObjectNode full() {
        ObjectNode c = minimal();
        c.put("description", "Example Trust certifies that the person named completed the course.");
        c.put("validUntil", "2027-11-29T23:59:59Z");
        ((ObjectNode) c.get("issuer")).put("name", "Example Trust").put("url", "https://training.example.org");
        c.putObject("credentialStatus").put("id", "https://training.example.org/badges/revocations")
                .put("type", "1EdTechRevocationList");
        c.putArray("credentialSchema").addObject()
                .put("id", "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json")
                .put("type", "1EdTechJsonSchemaValidator2019");
        ObjectNode subject = (ObjectNode) c.get("credentialSubject");
        subject.put("id", "urn:uuid:0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0");
        subject.putArray("identifier").addObject().put("type", "IdentityObject").put("identityHash", "Alex Learner")
                .put("identityType", "name").put("hashed", false);
        subject.putArray("result").addObject().put("resultDescription",
                        "https://training.example.org/badges/achievements/1/v2#final-assessment")
                .put("value", "90").put("status", "Completed").putArray("type").add("Result");
        ObjectNode achievement = (ObjectNode) subject.get("achievement");
        achievement.put("achievementType", "CertificateOfCompletion").put("version", "2").put("inLanguage", "en-GB");
        ObjectNode description = achievement.putArray("resultDescription").addObject()
                .put("id", "https://training.example.org/badges/achievements/1/v2#final-assessment")
                .put("name", "Final assessment score").put("resultType", "Percent").put("requiredValue", "80")
                .put("valueMin", "0").put("valueMax", "100");
        description.putArray("type").add("ResultDescription");
        // A VC-JWT payload carries the registered claims beside the credential.
        c.put("iss", "https://training.example.org/badges/issuer").put("jti", c.get("id").asString())
                .put("sub", subject.get("id").asString()).put("nbf", 1795947330L).put("exp", 1827446399L);
        return c;
    }

    @Test
    void the_minimal_credential_and_the_shape_our_issuer_writes_pass() {
        assertThat(VERIFIER.schemaErrors(minimal())).isEmpty();
        assertThat(VERIFIER.schemaErrors(full())).isEmpty();
        // Criteria may be given by id instead of narrative; AchievementCredential is the other allowed type name.
        ObjectNode byId = minimal();
        ObjectNode achievement = (ObjectNode) byId.get("credentialSubject").get("achievement");
        achievement.putObject("criteria").put("id", "https://training.example.org/courses/1/criteria");
        ((ArrayNode) byId.get("type")).set(1, "AchievementCredential");
        assertThat(VERIFIER.schemaErrors(byId)).isEmpty();
    }

    static Stream<Arguments> requiredProperties() {
        return Stream.of(
                Arguments.of("@context", "", "@context"),
                Arguments.of("id", "", "id"),
                Arguments.of("type", "", "type"),
                Arguments.of("name", "", "name"),
                Arguments.of("issuer", "", "issuer"),
                Arguments.of("validFrom", "", "validFrom"),
                Arguments.of("credentialSubject", "", "credentialSubject"),
                Arguments.of("issuer.id", "/issuer", "id"),
                Arguments.of("issuer.type", "/issuer", "type"),
                Arguments.of("credentialSubject.type", "/credentialSubject", "type"),
                Arguments.of("credentialSubject.achievement", "/credentialSubject", "achievement"),
                Arguments.of("achievement.id", "/credentialSubject/achievement", "id"),
                Arguments.of("achievement.type", "/credentialSubject/achievement", "type"),
                Arguments.of("achievement.name", "/credentialSubject/achievement", "name"),
                Arguments.of("achievement.description", "/credentialSubject/achievement", "description"),
                Arguments.of("achievement.criteria", "/credentialSubject/achievement", "criteria"),
                Arguments.of("criteria.narrative (its only content)", "/credentialSubject/achievement/criteria", "narrative"),
                Arguments.of("credentialStatus.id", "/credentialStatus", "id"),
                Arguments.of("credentialStatus.type", "/credentialStatus", "type"),
                Arguments.of("credentialSchema[0].id", "/credentialSchema/0", "id"),
                Arguments.of("credentialSchema[0].type", "/credentialSchema/0", "type"),
                Arguments.of("identifier[0].hashed", "/credentialSubject/identifier/0", "hashed"),
                Arguments.of("identifier[0].identityType", "/credentialSubject/identifier/0", "identityType"),
                Arguments.of("result[0].type", "/credentialSubject/result/0", "type"),
                Arguments.of("resultDescription[0].resultType", "/credentialSubject/achievement/resultDescription/0", "resultType"),
                Arguments.of("resultDescription[0].name", "/credentialSubject/achievement/resultDescription/0", "name"));
    }

    @ParameterizedTest(name = "without {0}")
    @MethodSource("requiredProperties")
    void a_credential_missing_a_required_property_fails(String label, String parent, String property) {
        ObjectNode credential = full();
        JsonNode holder = parent.isEmpty() ? credential : credential.at(parent);
        assertThat(holder.has(property)).as("the valid example has %s", label).isTrue();
        ((ObjectNode) holder).remove(property);
        assertThat(VERIFIER.schemaErrors(credential)).as("schema errors without %s", label).isNotEmpty();
    }

    static Stream<Arguments> wrongValues() {
        return Stream.<Arguments>of(
                wrong("contexts in the wrong order", c -> c.putArray("@context")
                        .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")
                        .add("https://www.w3.org/ns/credentials/v2")),
                wrong("the VC 1.1 context", c -> ((ArrayNode) c.get("@context")).set(0, "https://www.w3.org/2018/credentials/v1")),
                wrong("no Open Badges context", c -> c.putArray("@context").add("https://www.w3.org/ns/credentials/v2")),
                wrong("type without OpenBadgeCredential", c -> c.putArray("type").add("VerifiableCredential")),
                wrong("type without VerifiableCredential", c -> c.putArray("type").add("OpenBadgeCredential")),
                wrong("type as one string", c -> c.put("type", "OpenBadgeCredential")),
                wrong("an id that is no URI", c -> c.put("id", "credential 42")),
                wrong("validFrom without a time zone", c -> c.put("validFrom", "2026-11-29T10:15:30")),
                wrong("validFrom as a date only", c -> c.put("validFrom", "2026-11-29")),
                wrong("validUntil that is no date-time", c -> c.put("validUntil", "next year")),
                wrong("an empty name", c -> c.put("name", "")),
                wrong("an issuer that is only a string", c -> c.put("issuer", "https://training.example.org/badges/issuer")),
                wrong("an issuer of another type", c -> ((ObjectNode) c.get("issuer")).putArray("type").add("Organization")),
                wrong("a subject of another type", c -> ((ObjectNode) c.get("credentialSubject")).putArray("type").add("Person")),
                wrong("an achievement of another type", c -> ((ObjectNode) c.at("/credentialSubject/achievement"))
                        .putArray("type").add("BadgeClass")),
                wrong("empty criteria", c -> ((ObjectNode) c.at("/credentialSubject/achievement")).putObject("criteria")),
                wrong("an unknown achievementType", c -> ((ObjectNode) c.at("/credentialSubject/achievement"))
                        .put("achievementType", "Trophy")),
                wrong("an unknown result status", c -> ((ObjectNode) c.at("/credentialSubject/result/0")).put("status", "Passed")),
                wrong("an identity of an unknown kind", c -> ((ObjectNode) c.at("/credentialSubject/identifier/0"))
                        .put("identityType", "nickname")),
                wrong("a hashed identity that is plain text", c -> ((ObjectNode) c.at("/credentialSubject/identifier/0"))
                        .put("hashed", true)),
                wrong("an identity with a stray property", c -> ((ObjectNode) c.at("/credentialSubject/identifier/0"))
                        .put("email", "alex@example.org")),
                wrong("a status whose id is no URI", c -> ((ObjectNode) c.get("credentialStatus")).put("id", "revocations")),
                wrong("nbf as text", c -> c.put("nbf", "soon")));
    }

    private static Arguments wrong(String label, Consumer<ObjectNode> change) {
        return Arguments.of(label, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongValues")
    void a_credential_with_a_wrong_value_fails(String label, Consumer<ObjectNode> change) {
        ObjectNode credential = full();
        change.accept(credential);
        assertThat(VERIFIER.schemaErrors(credential)).as("schema errors with %s", label).isNotEmpty();
    }

    @Test
    void a_hashed_identity_in_the_specified_form_passes() {
        ObjectNode credential = full();
        ((ObjectNode) credential.at("/credentialSubject/identifier/0")).put("hashed", true).put("salt", "pepper")
                .put("identityHash", "sha256$" + "ab".repeat(32));
        assertThat(VERIFIER.schemaErrors(credential)).isEmpty();
    }
}
