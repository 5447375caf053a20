package uk.safeguarding.training.learning.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import uk.safeguarding.training.course.SourceDefinition;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.learning.LearnerViews.PageContent;
import uk.safeguarding.training.learning.LearningService;

/** One page of a module, with where it comes from and the way on. */
@Route("learn/:enrolmentId([0-9]{1,18})/:module([0-9]{1,3})/:page([0-9]{1,3})")
@RolesAllowed(AppRoles.LEARNER)
class PlayerView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LearningService learning;
    private String title = "Course | Safeguarding Training";

    PlayerView(LearningService learning) {
        this.learning = learning;
        addClassNames("page", "reading-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PageContent page;
        try {
            page = learning.openPage(Long.parseLong(event.getRouteParameters().get("enrolmentId").orElseThrow()),
                    Integer.parseInt(event.getRouteParameters().get("module").orElseThrow()),
                    Integer.parseInt(event.getRouteParameters().get("page").orElseThrow()));
        } catch (AccessDeniedException | IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class, "There is no such page in your training.");
            return;
        }
        title = page.pageTitle() + " | " + page.courseTitle();
        removeAll();
        render(page);
    }

    private void render(PageContent page) {
        Div where = new Div(new Span(page.courseTitle()),
                new Span("Module " + page.moduleNumber() + " of " + page.moduleCount() + ": " + page.moduleTitle()));
        where.addClassName("player-where");

        Div bars = new Div(
                new Div(new Span("This module: " + page.modulePercent() + "%"),
                        LearnerFormat.progress(page.modulePercent(), "Module progress")),
                new Div(new Span("Whole course: " + page.coursePercent() + "%"),
                        LearnerFormat.progress(page.coursePercent(), "Course progress")));
        bars.addClassName("player-progress");

        add(where, bars, LearnerFormat.focusedHeading(page.pageTitle()));
        if (page.movedToEdition() != null) {
            // Said once, on the first page after the move, so the learner knows why a module is to do again.
            Paragraph moved = new Paragraph("This course has a new edition (edition " + page.movedToEdition()
                    + "), and you now continue on it. Modules it did not change stay complete; modules it changed are"
                    + " to do again.");
            moved.addClassName("edition-notice");
            moved.getElement().setAttribute("role", "status");
            add(moved);
        }
        if (page.pageNumber() == 1 && !page.objectives().isEmpty()) {
            Section objectives = new Section(new H2("In this module you will learn to"));
            UnorderedList list = new UnorderedList();
            page.objectives().forEach(o -> list.add(new ListItem(o)));
            objectives.add(list);
            objectives.addClassName("module-objectives");
            add(objectives);
        }
        Html body = new Html("<div class=\"page-body\">" + page.html() + "</div>");
        add(body);
        add(sources(page));
        add(navigation(page));
    }

    private static Section sources(PageContent page) {
        Section sources = LearnerFormat.sources("Sources for this page", page.sources());
        if (page.contentChecked() != null) {
            Paragraph checked = new Paragraph(LearnerFormat.contentChecked(page.contentChecked()));
            checked.addClassName("content-checked");
            sources.add(checked);
        }
        return sources;
    }

    private Nav navigation(PageContent page) {
        Nav nav = new Nav();
        nav.addClassName("player-nav");
        nav.getElement().setAttribute("aria-label", "Pages");
        long id = page.enrolmentId();
        if (page.pageNumber() > 1) {
            nav.add(link("Previous page", LearnerRoutes.page(id, page.moduleNumber(), page.pageNumber() - 1), false));
        } else if (page.moduleNumber() > 1) {
            nav.add(link("Previous module", LearnerRoutes.page(id, page.moduleNumber() - 1, 1), false));
        }
        nav.add(new Paragraph("Page " + page.pageNumber() + " of " + page.pageCount()));
        String next;
        String label;
        if (page.pageNumber() < page.pageCount()) {
            next = LearnerRoutes.page(id, page.moduleNumber(), page.pageNumber() + 1);
            label = "Next page";
        } else if (page.scenarioCount() > 0 && page.scenarioRequired()) {
            next = LearnerRoutes.scenario(id, page.moduleNumber(), 1);
            label = "Scenarios";
        } else if (page.hasCheck()) {
            next = LearnerRoutes.check(id, page.moduleNumber());
            label = "Knowledge check";
        } else if (page.moduleNumber() < page.moduleCount()) {
            next = LearnerRoutes.page(id, page.moduleNumber() + 1, 1);
            label = "Next module";
        } else {
            next = LearnerRoutes.assessment(id);
            label = "Final assessment";
        }
        if (page.pageNumber() == page.pageCount() && page.scenarioCount() > 0 && !page.scenarioRequired()) {
            // Practice the course does not require: offered beside the way on, not in its path.
            nav.add(link("Practise with " + page.scenarioCount() + (page.scenarioCount() == 1 ? " scenario"
                    : " scenarios"), LearnerRoutes.scenario(id, page.moduleNumber(), 1), false));
        }
        nav.add(link(label, next, true));
        return nav;
    }

    private Button link(String label, String route, boolean primary) {
        Button button = new Button(label, e -> getUI().ifPresent(ui -> ui.navigate(route)));
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
