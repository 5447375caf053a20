package uk.safeguarding.training.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.safeguarding.training.reporting.PersonHistory;

/** One person's training history: attempts with scores and dates, certificates, and scenario plays with their endings. */
final class PersonHistoryDialog {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private PersonHistoryDialog() {
    }

    static void open(PersonHistory history, ZoneId zone) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(history.name());
        dialog.add(new Paragraph(history.email() + ", " + history.unit()));
        dialog.add(new H3("Assessment attempts"));
        if (history.attempts().isEmpty()) {
            dialog.add(new Paragraph("No attempts yet."));
        } else {
            UnorderedList attempts = new UnorderedList();
            history.attempts().forEach(a -> attempts.add(new ListItem(a.course() + ", attempt " + a.number() + " on "
                    + DATE.format(a.submittedAt().atZone(zone)) + ": " + a.scorePercent() + "% "
                    + (a.passed() ? "(passed)" : "(not passed)"))));
            dialog.add(attempts);
        }
        dialog.add(new H3("Certificates"));
        if (history.certificates().isEmpty()) {
            dialog.add(new Paragraph("No certificates yet."));
        } else {
            UnorderedList certificates = new UnorderedList();
            history.certificates().forEach(c -> certificates.add(new ListItem(c.course() + ": completed "
                    + DATE.format(c.completedOn()) + ", valid until " + DATE.format(c.validUntil())
                    + (c.revoked() ? " (revoked)" : ""))));
            dialog.add(certificates);
        }
        dialog.add(new H3("Scenarios played"));
        if (history.scenarioPlays().isEmpty()) {
            dialog.add(new Paragraph("No scenarios played to an ending yet."));
        } else {
            UnorderedList plays = new UnorderedList();
            history.scenarioPlays().forEach(p -> plays.add(new ListItem(p.course() + ", " + p.scenario() + " on "
                    + DATE.format(p.finishedAt().atZone(zone)) + ": " + p.outcome() + " ending"
                    + (p.inAssessment() ? " (in the assessment)" : ""))));
            dialog.add(plays);
        }
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }
}
