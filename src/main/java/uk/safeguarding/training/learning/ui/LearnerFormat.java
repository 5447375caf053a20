package uk.safeguarding.training.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.safeguarding.training.course.SourceDefinition;
import uk.safeguarding.training.learning.TrainingStatus;

/** Formatting shared by the learner's pages: UK dates, status badges, labelled progress bars, focusable headings. */
final class LearnerFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private LearnerFormat() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** One wording wherever learners see how current the course text is. */
    static String contentChecked(LocalDate date) {
        return "Content checked: " + date(date);
    }

    /** The day of {@code instant} where the learner is (the clock's zone). */
    static String date(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE.format(instant.atZone(zone).toLocalDate());
    }

    static Span badge(TrainingStatus status) {
        Span badge = new Span(status.label());
        badge.addClassNames("status-badge", "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }

    static ProgressBar progress(int percent, String label) {
        ProgressBar bar = new ProgressBar(0, 100, percent);
        bar.getElement().setAttribute("aria-label", label);
        bar.getElement().setAttribute("aria-valuetext", percent + "%");
        return bar;
    }

    /** A page heading that receives focus on arrival, so keyboard and screen-reader users start at the top. */
    static H1 focusedHeading(String text) {
        H1 heading = new H1(text);
        heading.getElement().setAttribute("tabindex", "-1");
        heading.addClassName("page-heading");
        heading.addAttachListener(e -> heading.getElement().executeJs("this.focus({preventScroll: false})"));
        return heading;
    }

    static Component hidden(Component component) {
        component.getElement().getStyle().set("display", "none");
        return component;
    }

    /** The sources cited by a page or a scenario, each a link (opening in a new tab) when it has an address. */
    static Section sources(String heading, List<SourceDefinition> sources) {
        Section section = new Section();
        section.addClassName("page-sources");
        section.add(new H2(heading));
        UnorderedList list = new UnorderedList();
        for (SourceDefinition source : sources) {
            ListItem item = new ListItem();
            if (source.url() != null && !source.url().isBlank()) {
                Anchor link = new Anchor(source.url(), source.title());
                link.setTarget("_blank");
                link.getElement().setAttribute("rel", "noopener noreferrer");
                item.add(link);
            } else {
                item.add(new Span(source.title()));
            }
            item.add(new Span(", " + source.publisher()));
            list.add(item);
        }
        section.add(list);
        return section;
    }
}
