package uk.safeguarding.training.learning.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.safeguarding.training.identity.AppRoles;

@Route("my-training")
@PageTitle("My training | Safeguarding Training")
@Menu(order = 1, title = "My training", icon = "vaadin:academy-cap")
@RolesAllowed(AppRoles.LEARNER)
class MyTrainingView extends Main {

    MyTrainingView() {
        addClassName("page");
        add(new H1("My training"), new Paragraph("The courses you must complete, and by when."));
    }
}
