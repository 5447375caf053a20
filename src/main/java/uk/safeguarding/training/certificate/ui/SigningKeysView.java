package uk.safeguarding.training.certificate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.safeguarding.training.certificate.OpenBadgeService;
import uk.safeguarding.training.identity.AppRoles;

/** Administrators see the Open Badges signing keys and rotate the active one (docs/decisions/0024). */
@Route("admin/open-badges")
@PageTitle("Open Badges keys | Safeguarding Training")
@Menu(order = 4.6, title = "Open Badges keys", icon = "vaadin:key")
@RolesAllowed(AppRoles.ADMIN)
class SigningKeysView extends Main {

    private final DateTimeFormatter when;

    private final OpenBadgeService badges;
    private final Grid<OpenBadgeService.SigningKeyInfo> keys = new Grid<>();

    SigningKeysView(OpenBadgeService badges, Clock clock) {
        this.when = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(clock.getZone());
        this.badges = badges;
        addClassName("page");
        keys.addColumn(OpenBadgeService.SigningKeyInfo::keyId).setHeader("Key");
        keys.addColumn(k -> when.format(k.createdAt())).setHeader("Made");
        keys.addColumn(k -> k.active() ? "Signs new credentials" : "Retired " + format(k.retiredAt()))
                .setHeader("Use");
        keys.setAllRowsVisible(true);
        Button rotate = new Button("Rotate signing key", e -> confirmRotation());
        add(new H1("Open Badges signing keys"),
                new Paragraph("Every certificate is also an Open Badges credential signed with the organisation's key. "
                        + "Rotate the key when it may have been exposed, or by your own schedule: new credentials are "
                        + "signed with a new key, and every retired key stays published so credentials signed before "
                        + "keep verifying."), rotate, keys);
        refresh();
    }

    private void confirmRotation() {
        ConfirmDialog confirm = new ConfirmDialog("Rotate the signing key?", "A new key signs every credential "
                + "downloaded from now on. Credentials already downloaded keep verifying with the retired key.",
                "Rotate", e -> {
                    try {
                        String keyId = badges.rotateSigningKey();
                        Notification.show("Key " + keyId + " signs from now on.");
                    } finally {
                        // a refusal (another administrator rotated at the same moment) is shown by ScreenErrors;
                        // either way the list shows the keys as they are now
                        refresh();
                    }
                });
        confirm.setCancelable(true);
        confirm.open();
    }

    private void refresh() {
        keys.setItems(badges.signingKeys());
    }

    private String format(Instant at) {
        return at == null ? "" : when.format(at);
    }
}
