package uk.safeguarding.training.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.learning.LearnerViews.MyCourse;
import uk.safeguarding.training.learning.LearnerViews.Position;
import uk.safeguarding.training.learning.LearningService;
import uk.safeguarding.training.policy.PolicyService;
import uk.safeguarding.training.policy.PolicyStanding;
import uk.safeguarding.training.policy.PolicyStatus;
import uk.safeguarding.training.shared.ui.PersonalNotices;

@Route("my-training")
@PageTitle("My training | Safeguarding Training")
@Menu(order = 1, title = "My training", icon = "vaadin:academy-cap")
@RolesAllowed(AppRoles.LEARNER)
class MyTrainingView extends Main {

    private final ZoneId zone;
    private final LearningService learning;

    MyTrainingView(LearningService learning, List<PersonalNotices> notices, PolicyService policies, Clock clock) {
        this.zone = clock.getZone();
        this.learning = learning;
        addClassName("page");
        add(LearnerFormat.focusedHeading("My training"),
                new Paragraph("The courses you must complete, and by when."));
        notices.forEach(source -> source.forSignedInPerson().forEach(this::add));
        List<MyCourse> courses = learning.myTraining();
        if (courses.isEmpty()) {
            add(new Paragraph("You have no training assigned at the moment."));
        }
        courses.forEach(course -> add(card(course)));
        List<PolicyStanding.Line> toRead = policies.myPolicies();
        if (!toRead.isEmpty()) {
            add(new H2("Policies to read and confirm"));
            toRead.forEach(policy -> add(policyCard(policy)));
        }
    }

    private static Span policyBadge(PolicyStatus status) {
        Span badge = new Span(status.label());
        badge.addClassNames("status-badge", "status-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return badge;
    }

    private Section policyCard(PolicyStanding.Line policy) {
        Section card = new Section();
        card.addClassNames("course-card", "policy-card");
        Div facts = new Div(policyBadge(policy.status()), new Span("Version " + policy.versionNumber()));
        facts.addClassName("course-facts");
        if (policy.acknowledgedAt() != null) {
            facts.add(new Span("Confirmed " + LearnerFormat.date(policy.acknowledgedAt(), zone)));
        } else {
            facts.add(new Span("Due " + LearnerFormat.date(policy.dueOn())));
            if (policy.earlierVersionAcknowledged() != null) {
                facts.add(new Span("You confirmed version " + policy.earlierVersionAcknowledged() + "; this is a new version"));
            }
        }
        String label = policy.acknowledgedAt() != null ? "Read again" : "Read and confirm";
        Button read = new Button(label, e -> getUI().ifPresent(ui -> ui.navigate("policies/" + policy.policyId())));
        if (policy.acknowledgedAt() == null) {
            read.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        read.setAriaLabel(label + ": " + policy.title());
        card.add(new H3(policy.title()), facts, read);
        return card;
    }

    private Section card(MyCourse course) {
        Section card = new Section();
        card.addClassName("course-card");
        H2 title = new H2(course.update() != null && course.completedAt() == null
                ? course.courseTitle() + ": update to edition " + course.update().toEdition() : course.courseTitle());
        Div facts = new Div();
        facts.addClassName("course-facts");
        facts.add(LearnerFormat.badge(course.status()));
        if (course.completedAt() != null) {
            facts.add(new Span("Completed " + LearnerFormat.date(course.completedAt(), zone) + " with " + course.scorePercent() + "%"));
            facts.add(new Span("Valid until " + LearnerFormat.date(course.expiresOn())));
        } else {
            facts.add(new Span("Due " + LearnerFormat.date(course.dueOn())));
            facts.add(new Span("About " + course.estimatedMinutes() + " minutes"));
        }
        if (course.contentChecked() != null) {
            facts.add(new Span(LearnerFormat.contentChecked(course.contentChecked())));
        }
        Div progress = new Div(new Span(course.progressPercent() + "% complete"),
                LearnerFormat.progress(course.progressPercent(), course.courseTitle() + " progress"));
        progress.addClassName("course-progress");

        String label = course.completedAt() != null ? "Review course" : course.started() ? "Continue"
                : course.update() != null ? "Start update" : "Start course";
        Button go = new Button(label, e -> {
            Position position = learning.startOrContinue(course.assignmentId());
            getUI().ifPresent(ui -> ui.navigate(LearnerRoutes.of(position)));
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setAriaLabel(label + ": " + course.courseTitle());
        card.add(title);
        if (course.update() != null && course.completedAt() == null) {
            // What changed and why, in the trainer's words, before the learner starts.
            Div update = new Div(new Paragraph("A new edition of this course was published. "
                    + (course.update().reason() == null ? "" : course.update().reason())),
                    new Paragraph("Your update covers only what changed: " + String.join("; ", course.update().moduleTitles())
                            + ", then a short check. Please complete it by the due date below."));
            update.addClassName("update-notice");
            card.add(update);
        } else {
            card.add(new Paragraph(course.summary()));
        }
        if (course.editionNumber() > 1) {
            facts.add(new Span("Edition " + course.editionNumber()));
        }
        card.add(facts, progress, go);
        if (course.completedAt() != null) {
            Button certificate = new Button("View certificate", e -> getUI().ifPresent(ui -> ui.navigate("my-certificates")));
            certificate.setAriaLabel("View certificate: " + course.courseTitle());
            card.add(certificate);
        }
        return card;
    }
}
