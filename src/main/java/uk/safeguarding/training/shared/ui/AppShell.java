package uk.safeguarding.training.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page every view is rendered into: title, description and style sheets.
 *
 * <p>Styles come from {@code frontend/styles.css}, copied into the jar's static resources by the build,
 * so no Node bundle build is needed (Vaadin 25.2 would want Node 24 for one). Vaadin finds this class by scanning
 * the packages listed on {@code Application}'s {@code @EnableVaadin}, so it lives in one of them.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Safeguarding Training");
        settings.addMetaTag("description", "Child sexual exploitation awareness training for staff");
    }
}
