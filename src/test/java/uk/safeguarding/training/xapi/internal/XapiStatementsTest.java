package uk.safeguarding.training.xapi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.safeguarding.training.content.CourseFolderReader;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.xapi.internal.XapiStatements.Statement;

/** The statements' shape: actor, verb, object, result and the course version as context. */
class XapiStatementsTest {

    private static final String HOME = "https://training.example.org";
    private static final Instant AT = Instant.parse("2026-11-29T10:15:30.123456Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CourseDefinition COURSE = new CourseFolderReader().read(Path.of("courses/cse-awareness")).course();

    private static XapiStatements statements(Map<String, Object> actor, long enrolmentId) {
        return new XapiStatements(HOME, actor, COURSE, 4, enrolmentId);
    }

    @Test
    void a_page_view_is_experienced_with_its_module_as_parent_and_the_version_as_context() {
        Statement statement = statements(XapiStatements.accountActor(HOME, "9f1c-opaque"), 31).experienced(2, 3, AT);
        JsonNode json = JSON.readTree(statement.json());

        assertThat(json.get("id").asString()).isEqualTo(statement.id());
        assertThat(json.at("/actor/account/homePage").asString()).isEqualTo(HOME);
        assertThat(json.at("/actor/account/name").asString()).isEqualTo("9f1c-opaque");
        assertThat(json.at("/actor/mbox").isMissingNode()).isTrue();
        assertThat(json.at("/verb/id").asString()).isEqualTo("http://adlnet.gov/expapi/verbs/experienced");
        String module = HOME + "/xapi/activities/courses/cse-awareness/modules/" + COURSE.modules().get(1).id();
        assertThat(json.at("/object/id").asString()).isEqualTo(module + "/pages/3");
        assertThat(json.at("/object/definition/name/en-GB").asString())
                .isEqualTo(COURSE.modules().get(1).pages().get(2).title());
        assertThat(json.at("/context/contextActivities/parent/0/id").asString()).isEqualTo(module);
        assertThat(json.at("/context/contextActivities/grouping/0/id").asString())
                .isEqualTo(HOME + "/xapi/activities/courses/cse-awareness");
        assertThat(json.at("/context/revision").asString()).isEqualTo("version 4");
        assertThat(json.at("/context/extensions").get(HOME + "/xapi/extensions/course-version").asInt()).isEqualTo(4);
        assertThat(json.at("/timestamp").asString()).isEqualTo("2026-11-29T10:15:30.123Z");
    }

    @Test
    void one_enrolment_is_one_registration_and_every_statement_has_its_own_id() {
        Map<String, Object> actor = XapiStatements.accountActor(HOME, "a");
        Statement first = statements(actor, 31).launched(AT);
        Statement again = statements(actor, 31).launched(AT);
        Statement other = statements(actor, 32).launched(AT);

        assertThat(first.id()).isNotEqualTo(again.id());
        assertThat(JSON.readTree(first.json()).at("/context/registration").asString())
                .isEqualTo(JSON.readTree(again.json()).at("/context/registration").asString())
                .isNotEqualTo(JSON.readTree(other.json()).at("/context/registration").asString());
    }

    @Test
    void a_graded_attempt_reports_score_and_success_and_mbox_mode_names_the_email() {
        Statement failed = statements(XapiStatements.mboxActor("ann@example.org"), 5).graded(2, 73, false, AT);
        JsonNode json = JSON.readTree(failed.json());

        assertThat(failed.verb()).isEqualTo("failed");
        assertThat(json.at("/actor/mbox").asString()).isEqualTo("mailto:ann@example.org");
        assertThat(json.at("/object/id").asString()).endsWith("/courses/cse-awareness/assessment");
        assertThat(json.at("/result/score/raw").asInt()).isEqualTo(73);
        assertThat(json.at("/result/score/scaled").asDouble()).isEqualTo(0.73);
        assertThat(json.at("/result/success").asBoolean()).isFalse();
        assertThat(json.at("/result/extensions").get(HOME + "/xapi/extensions/attempt").asInt()).isEqualTo(2);
    }

    @Test
    void an_answered_question_is_a_choice_interaction_with_its_result() {
        var question = COURSE.questions().getFirst();
        JsonNode json = JSON.readTree(statements(XapiStatements.accountActor(HOME, "a"), 5)
                .answeredInAssessment(question.id(), true, AT).json());

        assertThat(json.at("/object/definition/type").asString()).isEqualTo("http://adlnet.gov/expapi/activities/cmi.interaction");
        assertThat(json.at("/object/definition/interactionType").asString()).isEqualTo("choice");
        assertThat(json.at("/result/success").asBoolean()).isTrue();
        assertThat(json.at("/context/contextActivities/parent/0/id").asString()).endsWith("/assessment");
    }
}
