package uk.safeguarding.training.browser;

import static com.codeborne.selenide.CollectionCondition.sizeGreaterThan;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.learning.LearningService;
import uk.safeguarding.training.support.AsUser;
import uk.safeguarding.training.support.DemoPeople;
import uk.safeguarding.training.support.Learners;

/** A phone 375 px wide: the module player, the knowledge check and the assessment without sideways scrolling. */
class SmallScreenIT extends BrowserTestBase {

    private static final String OVERFLOWING = """
            const width = document.documentElement.clientWidth;
            return Array.from(document.querySelectorAll('main p, main li, main h1, main h2, main vaadin-button, main vaadin-radio-group, main vaadin-checkbox-group'))
                .filter(e => e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().right > width + 1)
                .map(e => e.tagName + ': ' + (e.innerText || '').slice(0, 60));""";

    @Autowired
    IdentityService identity;
    @Autowired
    LearningService learning;
    @Autowired
    CourseCatalog catalog;

    long enrolmentId;

    @BeforeEach
    void phoneWithEveryModuleRead() {
        Browser.configure(375, 812);
        enrolmentId = AsUser.call(identity, DemoPeople.PHONE, () -> Learners.readWholeCourse(learning, catalog));
    }

    @Test
    void pages_checks_and_the_assessment_fit_a_375_pixel_screen() {
        signIn(DemoPeople.PHONE, PASSWORD);
        $("h1").shouldHave(text("My training"));
        assertFits();

        for (String page : List.of("/1/1", "/2/1", "/5/3")) {
            open("/learn/" + enrolmentId + page);
            $(".page-sources").shouldHave(text("Sources"));
            assertFits();
        }
        assertAccessible();

        open("/learn/" + enrolmentId + "/2/check");
        $$(".question").shouldHave(sizeGreaterThan(1));
        assertFits();

        open("/learn/" + enrolmentId + "/assessment");
        LearnerJourneyIT.button("Start the assessment").click();
        $$(".question").shouldHave(sizeGreaterThan(14));
        assertFits();
        assertAccessible();
    }

    private void assertFits() {
        settled();
        List<String> overflowing = Selenide.executeJavaScript(OVERFLOWING);
        assertThat(overflowing).as("text wider than the screen").isEmpty();
        Long scrollWidth = Selenide.executeJavaScript("return document.documentElement.scrollWidth");
        Long clientWidth = Selenide.executeJavaScript("return document.documentElement.clientWidth");
        assertThat(scrollWidth).as("no sideways scrolling").isLessThanOrEqualTo(clientWidth);
    }
}
