package uk.safeguarding.training.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.PageDefinition;
import uk.safeguarding.training.course.SourceDefinition;

/**
 * What a safeguarding lead signing off the shipped course relies on (issue 12): the text is dated and its sources
 * are traceable, it speaks to the learner rather than about "the sources", it never teaches a repealed law as
 * current, and module 5 gives the instructions a member of staff needs in the moment. The page and question
 * wording may change freely; these facts must not silently disappear.
 */
class ShippedCourseContentTest {

    /** The five pages the course was first written from; their own addresses are not known (docs/course-sources.md). */
    private static final Set<String> SEED_SOURCES = Set.of("coventry-scp", "business-safeguarding",
            "schools-staff-factsheet", "welsh-council", "sutton-schools");

    private final CourseDefinition course = new CourseFolderReader().read(Path.of("courses/cse-awareness")).course();

    @Test
    void theCourseAndEverySourceSayWhenTheyWereLastChecked() {
        assertThat(course.contentChecked()).as("contentChecked in course.yaml").isNotNull();
        assertThat(course.sources()).allSatisfy(source ->
                assertThat(source.checked()).as("checked date of source %s", source.id()).isNotNull());
    }

    @Test
    void everySourceBeyondTheSeedPagesHasAnHttpsAddress() {
        assertThat(course.sources()).filteredOn(source -> !SEED_SOURCES.contains(source.id()))
                .isNotEmpty()
                .allSatisfy(source -> assertThat(source.url()).as("url of source %s", source.id())
                        .startsWith("https://"));
    }

    @Test
    void publishersAreNamesOrPlainDescriptionsNotResearchNotes() {
        assertThat(course.sources()).extracting(SourceDefinition::publisher).allSatisfy(publisher ->
                assertThat(publisher.toLowerCase(Locale.ROOT))
                        .doesNotContain("believed", "not confirmed", "not named", "unknown", "?"));
    }

    @Test
    void noPageTalksToTheLearnerAboutTheSources() {
        Pattern aboutSources = Pattern.compile("(?i)\\bthe (five |business safeguarding |welsh council )?sources?\\b"
                + "|\\bsource (states|says)\\b");
        assertThat(pages()).allSatisfy(page -> assertThat(aboutSources.matcher(page.title() + "\n" + page.markdown()).find())
                .as("page '%s' speaks about the sources", page.title()).isFalse());
        assertThat(course.modules()).flatExtracting(ModuleDefinition::objectives).allSatisfy(objective ->
                assertThat(aboutSources.matcher(objective).find()).as("objective '%s'", objective).isFalse());
    }

    @Test
    void repealedLawIsOnlyMentionedAsRepealed() {
        for (String repealed : List.of("section 59A", "Sex Offenders Act 1997")) {
            assertThat(pages()).filteredOn(page -> page.markdown().contains(repealed))
                    .as("pages mentioning %s", repealed).isNotEmpty()
                    .allSatisfy(page -> assertThat(page.markdown()).as("page '%s'", page.title()).contains("repealed"));
        }
        assertThat(text()).contains("Modern Slavery Act 2015", "life imprisonment", "Part 2 of the Sexual Offences Act 2003");
        assertThat(text()).doesNotContainPattern("(?i)anyone over 18 who grooms");
    }

    @Test
    void theWhatToDoModuleGivesTheInstructionsStaffNeedInTheMoment() {
        String whatToDo = moduleText("05-what-to-do");

        assertThat(whatToDo).as("responding to a disclosure")
                .contains("Do not promise to keep it secret", "Do not question or investigate", "own words",
                        "date and time", "the same day", "telling you was the right thing");
        assertThat(whatToDo).as("escalation")
                .contains("{{organisation.deputy_safeguarding_lead}}", "{{organisation.out_of_hours_phone}}",
                        "{{organisation.mash_phone}}", "no safeguarding lead", "Call 999");
        assertThat(whatToDo).as("concerns about adults who work with children")
                .contains("LADO", "Do not promise confidentiality", "0800 028 0285");
        assertThat(whatToDo).as("sharing, victims and trafficking")
                .contains("Data Protection Act 2018", "never the child's fault", "county lines", "National Referral Mechanism");
    }

    private List<PageDefinition> pages() {
        return course.modules().stream().flatMap(module -> module.pages().stream()).toList();
    }

    private String text() {
        return String.join("\n", pages().stream().map(PageDefinition::markdown).toList());
    }

    private String moduleText(String id) {
        return String.join("\n", course.module(id).orElseThrow().pages().stream()
                .map(page -> page.title() + "\n" + page.markdown()).toList());
    }
}
