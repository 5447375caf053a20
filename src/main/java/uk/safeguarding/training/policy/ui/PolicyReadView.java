package uk.safeguarding.training.policy.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import uk.safeguarding.training.policy.PolicyService;
import uk.safeguarding.training.policy.PolicyService.QuestionView;
import uk.safeguarding.training.policy.PolicyService.Reading;
import uk.safeguarding.training.policy.PolicyVersion;
import uk.safeguarding.training.shared.Refusal;

/** A learner reads a policy, answers its questions, and confirms "I have read and understood". */
@Route("policies/:policyId([0-9]{1,18})")
@PermitAll
class PolicyReadView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ZoneId zone;
    private final PolicyService policies;
    private final Paragraph problem = new Paragraph();
    private final Paragraph status = new Paragraph();
    private String title = "Policy | Safeguarding Training";

    PolicyReadView(PolicyService policies, Clock clock) {
        this.zone = clock.getZone();
        this.policies = policies;
        addClassNames("page", "policy-page");
        problem.addClassName("form-problems");
        problem.getElement().setAttribute("role", "alert");
        status.getElement().setAttribute("role", "status");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Reading reading;
        try {
            reading = policies.read(Long.parseLong(event.getRouteParameters().get("policyId").orElseThrow()));
        } catch (AccessDeniedException | IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class, "There is no such policy for you to read.");
            return;
        }
        title = reading.title() + " | Safeguarding Training";
        removeAll();
        render(reading);
    }

    private void render(Reading reading) {
        H1 heading = new H1(reading.title());
        heading.getElement().setAttribute("tabindex", "-1");
        heading.addAttachListener(e -> heading.getElement().executeJs("this.focus({preventScroll: false})"));
        Div facts = new Div(new Paragraph("Version " + reading.versionNumber() + ", published "
                + PolicyFormat.moment(reading.publishedAt(), zone)));
        facts.addClassName("policy-facts");
        if (reading.status() != null) {
            facts.add(PolicyFormat.badge(reading.status()));
            if (reading.acknowledgedAt() == null) {
                facts.add(new Paragraph("Please read it by " + PolicyFormat.date(reading.dueOn()) + "."));
            }
        }
        Anchor back = new Anchor("my-training", "Back to My training");
        back.addClassName("policy-back");
        add(back, heading, facts);
        if (!reading.changeNote().isBlank()) {
            add(new Paragraph("What changed in this version: " + reading.changeNote()));
        }
        if (reading.format() == PolicyVersion.Format.MARKDOWN) {
            add(new Html("<div class=\"page-body policy-text\">" + reading.safeHtml() + "</div>"));
        } else {
            long id = reading.policyId();
            Anchor pdf = new Anchor(DownloadHandler.fromInputStream(e -> {
                byte[] bytes = policies.pdf(id);
                return new DownloadResponse(new ByteArrayInputStream(bytes), "policy-" + id + "-v"
                        + reading.versionNumber() + ".pdf", "application/pdf", bytes.length);
            }).inline(), "Open the policy (PDF)");
            pdf.setTarget("_blank");
            add(new Paragraph("This policy is a PDF document. Open it, read it in full, then come back to confirm."), pdf);
        }
        if (reading.status() == null) {
            add(new Paragraph("You are reading this as an administrator: it is not one you have been asked to confirm."));
            return;
        }
        if (reading.acknowledgedAt() != null) {
            add(confirmed(reading.versionNumber(), reading.acknowledgedAt()));
            return;
        }
        Section confirm = new Section();
        confirm.addClassName("policy-confirm");
        List<RadioButtonGroup<Integer>> answers = new ArrayList<>();
        if (!reading.questions().isEmpty()) {
            confirm.add(new H2("Check your understanding"));
            for (int i = 0; i < reading.questions().size(); i++) {
                QuestionView q = reading.questions().get(i);
                RadioButtonGroup<Integer> group = new RadioButtonGroup<>((i + 1) + ". " + q.prompt());
                List<Integer> indexes = new ArrayList<>();
                for (int o = 0; o < q.options().size(); o++) {
                    indexes.add(o);
                }
                group.setItems(indexes);
                group.setItemLabelGenerator(q.options()::get);
                group.addClassName("policy-question");
                answers.add(group);
                confirm.add(group);
            }
        }
        Button ok = new Button("I have read and understood");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickListener(e -> {
            try {
                Instant at = policies.acknowledge(reading.policyId(), reading.versionId(),
                        answers.stream().map(RadioButtonGroup::getValue).toList());
                problem.setText("");
                confirm.removeAll();
                confirm.add(confirmed(reading.versionNumber(), at));
            } catch (Refusal ex) {
                problem.setText(ex.getMessage());
            }
        });
        confirm.add(new Paragraph("By confirming you record that you have read and understood version "
                + reading.versionNumber() + " of this policy."), ok, problem);
        add(confirm, status);
    }

    private Paragraph confirmed(int version, Instant at) {
        Paragraph done = new Paragraph("You confirmed that you have read and understood version " + version + " on "
                + PolicyFormat.moment(at, zone) + ".");
        done.addClassName("policy-confirmed");
        done.getElement().setAttribute("role", "status");
        return done;
    }
}
