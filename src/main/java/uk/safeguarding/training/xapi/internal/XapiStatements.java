package uk.safeguarding.training.xapi.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import uk.safeguarding.training.content.CourseText;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.QuestionDefinition;

/**
 * The statements of one learner's enrolment, as xAPI 1.0.3 JSON. Verbs and activity types are ADL's; activity ids
 * sit under the app's public address, so the same course, module, page or question has the same id in every
 * statement. Every statement names the course version: {@code context.revision} ("version 3") and an extension with
 * the number, and the enrolment as {@code context.registration}.
 */
final class XapiStatements {

    /** A statement with the id it keeps for good. */
    record Statement(String id, String verb, String json) {
    }

    static final String ADL_VERBS = "http://adlnet.gov/expapi/verbs/";
    private static final String ADL_ACTIVITIES = "http://adlnet.gov/expapi/activities/";
    private static final String PAGE_TYPE = "http://activitystrea.ms/schema/1.0/page";
    private static final String LANGUAGE = "en-GB";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CourseText TEXT = new CourseText();

    private final String base;
    private final Map<String, Object> actor;
    private final CourseDefinition course;
    private final int versionNumber;
    private final String registration;

    XapiStatements(String base, Map<String, Object> actor, CourseDefinition course, int versionNumber, long enrolmentId) {
        this.base = base;
        this.actor = actor;
        this.course = course;
        this.versionNumber = versionNumber;
        // A UUID that names the enrolment for the LRS without being its database id.
        this.registration = UUID.nameUUIDFromBytes((base + "/enrolments/" + enrolmentId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** An account with an opaque name under the app's address: the LRS learns no name or email. */
    static Map<String, Object> accountActor(String homePage, String accountName) {
        return map("objectType", "Agent", "account", map("homePage", homePage, "name", accountName));
    }

    static Map<String, Object> mboxActor(String email) {
        return map("objectType", "Agent", "mbox", "mailto:" + email);
    }

    Statement launched(Instant at) {
        return statement("launched", courseActivity(), null, List.of(), at);
    }

    Statement experienced(int moduleNumber, int pageNumber, Instant at) {
        ModuleDefinition module = course.modules().get(moduleNumber - 1);
        Map<String, Object> page = activity(moduleId(module) + "/pages/" + pageNumber, PAGE_TYPE,
                plain(module.pages().get(pageNumber - 1).title()));
        return statement("experienced", page, null, List.of(moduleActivity(module)), at);
    }

    Statement answeredCheck(int moduleNumber, String questionId, boolean correct, Instant at) {
        ModuleDefinition module = course.modules().get(moduleNumber - 1);
        QuestionDefinition question = course.knowledgeChecks().stream().filter(q -> q.id().equals(questionId))
                .findFirst().orElseThrow();
        return statement("answered", questionActivity(question), map("success", correct),
                List.of(moduleActivity(module)), at);
    }

    Statement answeredInAssessment(String questionId, boolean correct, Instant at) {
        QuestionDefinition question = course.questions().stream().filter(q -> q.id().equals(questionId))
                .findFirst().orElseThrow();
        return statement("answered", questionActivity(question), map("success", correct),
                List.of(assessmentActivity()), at);
    }

    Statement graded(int attemptNumber, int scorePercent, boolean passed, Instant at) {
        Map<String, Object> result = map("score", score(scorePercent), "success", passed, "completion", true,
                "extensions", map(base + "/xapi/extensions/attempt", attemptNumber));
        return statement(passed ? "passed" : "failed", assessmentActivity(), result, List.of(courseActivity()), at);
    }

    Statement completed(int scorePercent, Instant at) {
        return statement("completed", courseActivity(), map("score", score(scorePercent), "success", true,
                "completion", true), List.of(), at);
    }

    private Statement statement(String verb, Map<String, Object> object, Map<String, Object> result,
                                List<Map<String, Object>> parents, Instant at) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> contextActivities = new LinkedHashMap<>();
        if (!parents.isEmpty()) {
            contextActivities.put("parent", parents);
        }
        if (!object.get("id").equals(courseId())) {
            contextActivities.put("grouping", List.of(courseActivity()));
        }
        Map<String, Object> context = map("registration", registration, "revision", "version " + versionNumber,
                "platform", "Safeguarding Training", "language", LANGUAGE);
        if (!contextActivities.isEmpty()) {
            context.put("contextActivities", contextActivities);
        }
        context.put("extensions", map(base + "/xapi/extensions/course-version", versionNumber));
        Map<String, Object> statement = map("id", id, "actor", actor,
                "verb", map("id", ADL_VERBS + verb, "display", map(LANGUAGE, verb)), "object", object);
        if (result != null) {
            statement.put("result", result);
        }
        statement.put("context", context);
        statement.put("timestamp", at.truncatedTo(ChronoUnit.MILLIS).toString());
        return new Statement(id, verb, JSON.writeValueAsString(statement));
    }

    private Map<String, Object> score(int percent) {
        return map("scaled", percent / 100.0, "raw", percent, "min", 0, "max", 100);
    }

    private String courseId() {
        return base + "/xapi/activities/courses/" + course.id();
    }

    private String moduleId(ModuleDefinition module) {
        return courseId() + "/modules/" + module.id();
    }

    private Map<String, Object> courseActivity() {
        return activity(courseId(), ADL_ACTIVITIES + "course", plain(course.title()));
    }

    private Map<String, Object> moduleActivity(ModuleDefinition module) {
        return activity(moduleId(module), ADL_ACTIVITIES + "module", plain(module.title()));
    }

    private Map<String, Object> assessmentActivity() {
        return activity(courseId() + "/assessment", ADL_ACTIVITIES + "assessment", "Final assessment");
    }

    private Map<String, Object> questionActivity(QuestionDefinition question) {
        Map<String, Object> activity = activity(courseId() + "/questions/" + question.id(),
                ADL_ACTIVITIES + "cmi.interaction", plain(question.prompt()));
        @SuppressWarnings("unchecked")
        Map<String, Object> definition = (Map<String, Object>) activity.get("definition");
        definition.put("interactionType", "choice");
        return activity;
    }

    private static Map<String, Object> activity(String id, String type, String name) {
        return map("objectType", "Activity", "id", id, "definition", map("type", type, "name", map(LANGUAGE, name)));
    }

    /** Text without the organisation's details: a statement describes the course, not where it is taught. */
    private static String plain(String text) {
        return TEXT.plainText(text, Map.of());
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
