package uk.safeguarding.training.xapi.internal;

import java.time.Instant;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.learning.CourseCompleted;
import uk.safeguarding.training.learning.LearningActivity;
import uk.safeguarding.training.learning.LearningActivity.AnsweredQuestion;
import uk.safeguarding.training.learning.LearningActivity.AssessmentGraded;
import uk.safeguarding.training.learning.LearningActivity.CourseLaunched;
import uk.safeguarding.training.learning.LearningActivity.KnowledgeCheckAnswered;
import uk.safeguarding.training.learning.LearningActivity.PageViewed;
import uk.safeguarding.training.xapi.XapiProperties;
import uk.safeguarding.training.xapi.XapiProperties.ActorFormat;
import uk.safeguarding.training.xapi.internal.XapiStatements.Statement;

/**
 * Turns the learning services' events into outbox rows, in the transaction that records what the learner did: a
 * page view, answer or completion that is rolled back leaves no statement, and one that is stored always has its
 * statement. Nothing is written while no LRS is configured.
 */
@Component
class StatementRecorder {

    private final XapiProperties properties;
    private final StatementOutbox outbox;
    private final CourseCatalog catalog;
    private final IdentityService identity;
    private final ActorNames actorNames;

    StatementRecorder(XapiProperties properties, StatementOutbox outbox, CourseCatalog catalog, IdentityService identity,
                      ActorNames actorNames) {
        this.properties = properties;
        this.outbox = outbox;
        this.catalog = catalog;
        this.identity = identity;
        this.actorNames = actorNames;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(LearningActivity activity) {
        if (!properties.enabled()) {
            return;
        }
        XapiStatements statements = statements(activity.userId(), activity.courseVersionId(), activity.enrolmentId());
        switch (activity) {
            case CourseLaunched launched -> write(activity.userId(), statements.launched(launched.at()), launched.at());
            case PageViewed page -> write(activity.userId(),
                    statements.experienced(page.moduleNumber(), page.pageNumber(), page.at()), page.at());
            case KnowledgeCheckAnswered check -> write(activity.userId(),
                    statements.answeredCheck(check.moduleNumber(), check.questionId(), check.correct(), check.at()), check.at());
            case AssessmentGraded graded -> {
                for (AnsweredQuestion answer : graded.answers()) {
                    write(activity.userId(), statements.answeredInAssessment(answer.questionId(), answer.correct(),
                            graded.at()), graded.at());
                }
                write(activity.userId(), statements.graded(graded.attemptNumber(), graded.scorePercent(), graded.passed(),
                        graded.at()), graded.at());
            }
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(CourseCompleted completed) {
        if (!properties.enabled()) {
            return;
        }
        XapiStatements statements = statements(completed.userId(), completed.courseVersionId(), completed.enrolmentId());
        write(completed.userId(), statements.completed(completed.scorePercent(), completed.completedAt()),
                completed.completedAt());
    }

    private XapiStatements statements(long userId, long courseVersionId, long enrolmentId) {
        Map<String, Object> actor = properties.actorFormat() == ActorFormat.MBOX
                ? XapiStatements.mboxActor(identity.findById(userId).orElseThrow().getEmail())
                : XapiStatements.accountActor(properties.base(), actorNames.of(userId));
        int versionNumber = catalog.version(courseVersionId).orElseThrow().getNumber();
        return new XapiStatements(properties.base(), actor, catalog.definition(courseVersionId), versionNumber, enrolmentId);
    }

    private void write(long userId, Statement statement, Instant at) {
        outbox.add(statement.id(), userId, statement.verb(), statement.json(), at);
    }
}
