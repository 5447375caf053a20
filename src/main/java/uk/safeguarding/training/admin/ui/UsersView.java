package uk.safeguarding.training.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.UserAccount;

@Route("admin/users")
@PageTitle("People | Safeguarding Training")
@Menu(order = 4, title = "People", icon = "vaadin:user-card")
@RolesAllowed(AppRoles.ADMIN)
class UsersView extends Main {

    UsersView(IdentityService identity) {
        addClassName("page");
        Grid<UserAccount> grid = new Grid<>();
        grid.addColumn(UserAccount::getDisplayName).setHeader("Name").setSortable(true);
        grid.addColumn(UserAccount::getEmail).setHeader("Email").setSortable(true);
        grid.addColumn(u -> u.getUnit().getName()).setHeader("Unit").setSortable(true);
        grid.addColumn(u -> u.getRoles().stream().sorted().map(Role::label).collect(Collectors.joining(", ")))
                .setHeader("Roles");
        grid.addColumn(u -> u.isActive() ? "Active" : "Deactivated").setHeader("Status");
        grid.setItems(identity.peopleVisibleToCurrentUser());
        grid.setAriaLabel("People");
        add(new H1("People"), grid);
    }
}
