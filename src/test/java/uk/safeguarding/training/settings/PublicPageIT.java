package uk.safeguarding.training.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.support.AsUser;

@OrganisationSettingsTest
class PublicPageIT {

    @Autowired
    PeopleFixture people;
    @Autowired
    PublicPageService pages;
    @Autowired
    OrganisationService organisation;
    @Autowired
    IdentityService identity;
    @Autowired
    AuditLog audit;

    @Test
    void anyone_reads_the_default_accessibility_statement_with_the_organisations_name_filled_in() {
        PublicPageService.PageContent page = pages.page(PublicPageKind.ACCESSIBILITY);

        assertThat(page.updatedAt()).isNull();
        assertThat(page.safeHtml()).contains("WCAG", "2.2", "Reporting accessibility problems", "Enforcement procedure",
                organisation.profile().name()).doesNotContain("{{");
    }

    @Test
    void the_default_privacy_notice_covers_what_is_processed_the_basis_retention_and_rights() {
        assertThat(pages.page(PublicPageKind.PRIVACY).safeHtml()).contains("name", "email", "unit", "training record",
                "Certificates", "lawful basis", "How long we keep it", "Your rights", "delete", "Information Commissioner",
                organisation.profile().name());
    }

    @Test
    void an_administrator_edits_the_privacy_notice_scripts_are_removed_and_the_change_is_audited() {
        long entries = audit.byAction(AuditAction.SETTINGS_CHANGED).stream()
                .filter(e -> e.getSubject().equals("Privacy notice")).count();
        String markdown = """
                ## Who we are

                We are {{organisation.name}}.<script>alert('x')</script>

                [Click](javascript:alert(1)) <img src=x onerror=alert(1)>
                """;
        AsUser.run(identity, people.administrator().getEmail(), () -> pages.save(PublicPageKind.PRIVACY, markdown));

        PublicPageService.PageContent page = pages.page(PublicPageKind.PRIVACY);
        assertThat(page.markdown()).isEqualTo(markdown);
        assertThat(page.updatedAt()).isNotNull();
        assertThat(page.safeHtml()).contains("<h2>Who we are</h2>", "We are " + organisation.profile().name())
                .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("onerror");
        assertThat(audit.byAction(AuditAction.SETTINGS_CHANGED).stream()
                .filter(e -> e.getSubject().equals("Privacy notice")).count()).isEqualTo(entries + 1);

        AsUser.run(identity, people.administrator().getEmail(), () -> pages.save(PublicPageKind.PRIVACY,
                pages.defaultMarkdown(PublicPageKind.PRIVACY)));
    }

    @Test
    void only_administrators_edit_and_an_empty_page_is_refused() {
        OrganisationUnit unit = people.unit("Public pages");
        for (String person : new String[] {people.learner("Leah", unit).getEmail(), people.manager("Malik", unit).getEmail(),
                people.person("Tara", unit, LocalDate.now().minusYears(1), Role.TRAINER).getEmail()}) {
            assertThatThrownBy(() -> AsUser.run(identity, person, () -> pages.save(PublicPageKind.PRIVACY, "Mine now")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.call(identity, person, () -> pages.preview("x")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.call(identity, person, () -> pages.defaultMarkdown(PublicPageKind.PRIVACY)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> AsUser.run(identity, people.administrator().getEmail(), () -> pages.save(PublicPageKind.ACCESSIBILITY, "  ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be empty");
        assertThat(pages.page(PublicPageKind.ACCESSIBILITY).markdown()).contains("WCAG");
    }
}
