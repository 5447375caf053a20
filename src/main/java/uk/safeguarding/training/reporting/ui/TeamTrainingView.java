package uk.safeguarding.training.reporting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.UserAccount;

@Route("team")
@PageTitle("Team training | Safeguarding Training")
@Menu(order = 2, title = "Team training", icon = "vaadin:users")
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
class TeamTrainingView extends Main {

    TeamTrainingView(IdentityService identity) {
        addClassName("page");
        Grid<UserAccount> people = new Grid<>();
        people.addColumn(UserAccount::getDisplayName).setHeader("Name").setSortable(true);
        people.addColumn(u -> u.getUnit().getName()).setHeader("Unit").setSortable(true);
        people.addColumn(UserAccount::getEmail).setHeader("Email");
        people.setItems(identity.peopleVisibleToCurrentUser());
        people.setAriaLabel("People you manage");
        add(new H1("Team training"), new Paragraph("The people in the units you manage."), people);
    }
}
