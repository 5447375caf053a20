package uk.safeguarding.training.authoring;

import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import uk.safeguarding.training.content.CourseText;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.settings.OrganisationService;

/**
 * Course text as the learner will see it, for the editor's live preview and the preview as a learner: page
 * Markdown through the same sanitiser, with this organisation's details in the placeholders.
 */
@Service
@RolesAllowed({AppRoles.TRAINER, AppRoles.ADMIN})
public class PreviewService {

    private final CourseText courseText;
    private final OrganisationService organisation;

    PreviewService(CourseText courseText, OrganisationService organisation) {
        this.courseText = courseText;
        this.organisation = organisation;
    }

    /** A renderer holding the organisation's values, so a preview renders many pages with one look-up. */
    public PreviewText text() {
        return new PreviewText(courseText, organisation.profile().placeholderValues());
    }

    /** Renders with fixed placeholder values; plain data and a thread-safe renderer, so a view may keep it. */
    public record PreviewText(CourseText courseText, Map<String, String> values) {

        public PreviewText {
            values = Map.copyOf(values);
        }

        /** Sanitised HTML; {@code assetUrl} maps {@code assets/x.png} to where the preview serves the image. */
        public String html(String markdown, UnaryOperator<String> assetUrl) {
            return courseText.toSafeHtml(markdown, values, assetUrl);
        }

        /** Titles, questions and options: never Markdown or HTML, placeholders filled. */
        public String plain(String text) {
            return courseText.plainText(text, values);
        }
    }
}
