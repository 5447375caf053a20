package uk.safeguarding.training.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import uk.safeguarding.training.shared.AdministratorNotices;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import uk.safeguarding.training.identity.AccountErasure;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.PeopleAdministration;
import uk.safeguarding.training.identity.PeopleSearch;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.UnitAdministration;
import uk.safeguarding.training.identity.UserAccount;

/** Administrators find people by name, email, unit and status, add them and open one to change it. */
@Route("admin/users")
@PageTitle("People | Safeguarding Training")
@Menu(order = 4, title = "People", icon = "vaadin:user-card")
@RolesAllowed(AppRoles.ADMIN)
class UsersView extends Main {

    private final List<AdministratorNotices> notices;

    private final PeopleAdministration people;
    private final UnitAdministration units;
    private final Clock clock;
    private final Grid<UserAccount> grid = new Grid<>();
    private final TextField text = new TextField("Search name or email");
    private final ComboBox<OrganisationUnit> unit = new ComboBox<>("Unit (and below)");
    private final Select<PeopleSearch.Status> status = new Select<>();
    private UnitLabels labels;

    UsersView(PeopleAdministration people, UnitAdministration units, List<AdministratorNotices> notices, Clock clock) {
        this.notices = notices;
        this.people = people;
        this.units = units;
        this.clock = clock;
        addClassName("page");
        List<OrganisationUnit> all = units.units();
        labels = new UnitLabels(all);

        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        unit.setItems(all);
        unit.setItemLabelGenerator(labels::label);
        unit.setClearButtonVisible(true);
        unit.setPlaceholder("Whole organisation");
        status.setLabel("Status");
        status.setItems(PeopleSearch.Status.values());
        status.setItemLabelGenerator(PeopleSearch.Status::label);
        status.setValue(PeopleSearch.Status.ALL);
        Button add = new Button("Add person", VaadinIcon.PLUS.create(), e -> PersonDialog.adding(people, units.unitsInUse(),
                new UnitLabels(units.units()), LocalDate.now(clock), this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div filters = new Div(text, unit, status, add);
        filters.addClassName("report-filters");

        grid.addColumn(UserAccount::getDisplayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(UserAccount::getEmail).setHeader("Email").setFlexGrow(2);
        grid.addColumn(u -> labels.label(u.getUnit())).setHeader("Unit").setFlexGrow(2);
        grid.addColumn(u -> u.getRoles().stream().sorted().map(Role::label).collect(Collectors.joining(", ")))
                .setHeader("Roles").setFlexGrow(2);
        grid.addColumn(u -> AccountErasure.isErased(u) ? "Erased" : u.isActive() ? "Active" : "Deactivated").setHeader("Status");
        grid.addComponentColumn(this::editButton).setHeader("Change").setAutoWidth(true).setFlexGrow(0);
        grid.setAriaLabel("People");
        grid.setItems(query -> people.findPeople(search(), query.getPage(), query.getPageSize()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, people.countPeople(search())));
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));
        text.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());

        add(new H1("People"));
        // The administrator's first page after signing in: they learn here, for example, that certificates carry a
        // dead link while no public address is set.
        notices.stream().flatMap(n -> n.current().stream()).forEach(text -> {
            Paragraph notice = new Paragraph(text);
            notice.addClassNames("notification", "administrator-notice");
            notice.getElement().setAttribute("role", "alert");
            add(notice);
        });
        add(filters, grid);
    }

    private Button editButton(UserAccount person) {
        Button edit = new Button("Edit", e -> edit(person));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel("Edit " + person.getDisplayName());
        return edit;
    }

    private void edit(UserAccount person) {
        PersonDialog.editing(people, units.unitsInUse(), new UnitLabels(units.units()), people.person(person.getId()),
                this::refresh).open();
    }

    private PeopleSearch search() {
        return new PeopleSearch(text.getValue(), unit.getValue() == null ? null : unit.getValue().getId(), status.getValue());
    }

    private void refresh() {
        labels = new UnitLabels(units.units());
        grid.getDataProvider().refreshAll();
    }
}
