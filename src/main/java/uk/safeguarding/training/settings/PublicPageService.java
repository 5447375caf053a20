package uk.safeguarding.training.settings;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.content.CourseText;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.identity.CurrentUser;
import uk.safeguarding.training.settings.internal.PublicPageRepository;
import uk.safeguarding.training.shared.Refusal;

/**
 * The privacy notice and the accessibility statement: Markdown an administrator edits, shown to anyone (signed in or
 * not) through the course-text renderer, so the same sanitiser removes scripts and the organisation's details fill
 * {@code {{organisation.*}}} placeholders. Until an administrator saves a page, the shipped default text is shown.
 */
@Service
@Transactional(readOnly = true)
public class PublicPageService {

    public static final int MAX_LENGTH = 100_000;

    private final PublicPageRepository pages;
    private final CourseText courseText;
    private final OrganisationService organisation;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    PublicPageService(PublicPageRepository pages, CourseText courseText, OrganisationService organisation,
                      AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.pages = pages;
        this.courseText = courseText;
        this.organisation = organisation;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * @param updatedAt when an administrator last saved it; null while the default text is shown
     */
    public record PageContent(PublicPageKind kind, String markdown, String safeHtml, Instant updatedAt) {
    }

    /** Public: what the page shows now. */
    public PageContent page(PublicPageKind kind) {
        return pages.findBySlug(kind.slug())
                .map(p -> new PageContent(kind, p.getMarkdown(), render(p.getMarkdown()), p.getUpdatedAt()))
                .orElseGet(() -> {
                    String markdown = defaultText(kind);
                    return new PageContent(kind, markdown, render(markdown), null);
                });
    }

    /** The editor's live preview: exactly what the page would show. */
    @RolesAllowed(AppRoles.ADMIN)
    public String preview(String markdown) {
        return render(markdown);
    }

    /** The text shipped with the application, for an administrator to start again from. */
    @RolesAllowed(AppRoles.ADMIN)
    public String defaultMarkdown(PublicPageKind kind) {
        return defaultText(kind);
    }

    /**
     * Saves the page's Markdown and records it in the audit log.
     *
     * @throws IllegalArgumentException when the text is empty or longer than {@link #MAX_LENGTH}
     */
    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public void save(PublicPageKind kind, String markdown) {
        if (markdown == null || markdown.isBlank()) {
            throw new Refusal("The " + kind.title().toLowerCase() + " cannot be empty.");
        }
        if (markdown.length() > MAX_LENGTH) {
            throw new Refusal("The " + kind.title().toLowerCase() + " is " + markdown.length()
                    + " characters long; at most " + MAX_LENGTH + " are allowed.");
        }
        PublicPage page = pages.findBySlug(kind.slug()).orElseGet(() -> new PublicPage(kind.slug()));
        if (markdown.equals(page.getMarkdown())) {
            return;
        }
        page.edit(markdown, clock.instant(), currentUser.require().email());
        pages.save(page);
        audit.record(AuditAction.SETTINGS_CHANGED, kind.title(), "Changed: " + kind.title().toLowerCase() + " text ("
                + markdown.length() + " characters)");
    }

    private String render(String markdown) {
        return courseText.toSafeHtml(markdown, organisation.profile().placeholderValues());
    }

    private static String defaultText(PublicPageKind kind) {
        try (InputStream in = PublicPageService.class.getResourceAsStream(kind.defaultTextResource())) {
            if (in == null) {
                throw new IllegalStateException(kind.defaultTextResource() + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
