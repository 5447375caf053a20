package uk.safeguarding.training.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import uk.safeguarding.training.shared.HasDisplayName;

/**
 * The frame around every signed-in page. The navigation lists only the views the person's roles allow
 * (views declare themselves with {@code @Menu}), so no view is offered that would then refuse entry.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final AuthenticationContext authenticationContext;
    private final SideNav nav = new SideNav();

    MainLayout(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        Anchor brand = new Anchor("", "Safeguarding Training");
        brand.addClassName("app-brand");

        Span who = new Span(authenticationContext.getAuthenticatedUser(Object.class)
                .map(p -> p instanceof HasDisplayName named ? named.displayName() : authenticationContext.getPrincipalName().orElse(""))
                .orElse(""));
        who.addClassName("app-user");
        Button signOut = new Button("Sign out", e -> authenticationContext.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClassName("sign-out");
        Div account = new Div(who, signOut);
        account.addClassName("app-account");

        Div header = new Div(toggle, brand, account);
        header.addClassName("app-header");
        addToNavbar(header);

        nav.setLabel("Main");
        nav.addClassName("app-nav");
        addToDrawer(nav, aboutLinks());
    }

    /** The public pages every person can read, signed in or not; plain addresses, as shared knows no features. */
    private static Nav aboutLinks() {
        Nav about = new Nav(new Anchor("privacy", "Privacy notice"), new Anchor("accessibility", "Accessibility statement"));
        about.addClassName("app-about-links");
        about.getElement().setAttribute("aria-label", "About this service");
        return about;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        nav.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = entry.icon() != null
                    ? new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()))
                    : new SideNavItem(entry.title(), entry.path());
            nav.addItem(item);
        }
    }
}
