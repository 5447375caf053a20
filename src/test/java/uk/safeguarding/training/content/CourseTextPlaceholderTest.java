package uk.safeguarding.training.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Organisation details are filled in at display time, always as text, and never leave braces showing. */
class CourseTextPlaceholderTest {

    private final CourseText text = new CourseText();

    @Test
    void fillsPlaceholdersWithOrWithoutSpacesInTheBraces() {
        Map<String, String> values = Map.of(
                "organisation.mash_phone", "0300 123 4567",
                "organisation.safeguarding_lead", "Ms Patel");

        assertThat(text.toSafeHtml("Call {{organisation.mash_phone}} or ask {{ organisation.safeguarding_lead }}.",
                values)).isEqualTo("<p>Call 0300 123 4567 or ask Ms Patel.</p>\n");
    }

    @Test
    void aValueIsAlwaysTextNeverMarkup() {
        Map<String, String> values = Map.of("organisation.name", "<script>alert(1)</script> **Smith & Co**");

        String html = text.toSafeHtml("Welcome to {{organisation.name}}.", values);

        assertThat(html).doesNotContain("<script", "<strong>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; **Smith &amp; Co**");
    }

    @Test
    void aValueInsideAnAttributeCannotBreakOut() {
        String html = text.toSafeHtml("![Logo of {{organisation.name}}](assets/logo.png)",
                Map.of("organisation.name", "x\" onerror=\"alert(1)"));

        assertThat(html).doesNotContainPattern("\\son\\w+\\s*=").contains("<img");
    }

    @Test
    void anUnsetOrBlankPlaceholderShowsNeutralText() {
        Map<String, String> values = new HashMap<>();
        values.put("organisation.mash_phone", "  ");

        assertThat(text.toSafeHtml("Tell {{organisation.safeguarding_lead_contact}}, MASH {{organisation.mash_phone}}",
                values)).isEqualTo("<p>Tell [ask your safeguarding lead], MASH [ask your safeguarding lead for the MASH"
                + " number]</p>\n");
        assertThat(text.toSafeHtml("Tell {{organisation.safeguarding_lead_contact}}", null)).doesNotContain("{{");
    }

    @Test
    void anUnknownPlaceholderShowsNeutralTextNotBraces() {
        String html = text.toSafeHtml("Call {{ organisation.phone }} or {{anything}}.", Map.of(
                "organisation.phone", "should not be used"));

        assertThat(html).isEqualTo("<p>Call [ask your safeguarding lead] or [ask your safeguarding lead].</p>\n");
    }

    @Test
    void valuesAreNotThemselvesExpanded() {
        assertThat(text.plainText("{{organisation.name}}", Map.of("organisation.name", "{{organisation.mash_phone}}")))
                .isEqualTo("{{organisation.mash_phone}}");
    }

    @Test
    void plainTextFillsPlaceholdersWithoutHtml() {
        Map<String, String> values = Map.of("organisation.name", "Smith & Jones <Academy>");

        assertThat(text.plainText("Amira attends {{organisation.name}}. Call {{organisation.out_of_hours_phone}}.",
                values)).isEqualTo("Amira attends Smith & Jones <Academy>. Call [ask your safeguarding lead for the"
                + " out-of-hours number].");
        assertThat(text.plainText(null, values)).isEmpty();
    }

    @Test
    void theSevenPlaceholdersAreTheOnesInTheFormatDocument() throws IOException {
        // The documented table is the contract with course authors; code and document must list the same names.
        String doc = Files.readString(Path.of("docs/course-format.md"));
        Matcher row = Pattern.compile("^\\| `\\{\\{([a-z_.]+)\\}\\}` \\|", Pattern.MULTILINE).matcher(doc);

        assertThat(row.results().map(r -> r.group(1)).collect(Collectors.toSet()))
                .isEqualTo(CourseText.PLACEHOLDERS)
                .hasSize(7);
    }
}
