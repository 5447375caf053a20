package uk.safeguarding.training.browser;

import static com.codeborne.selenide.CollectionCondition.sizeGreaterThan;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;

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

    @Autowired
    IdentityService identity;
    @Autowired
    LearningService learning;
    @Autowired
    CourseCatalog catalog;

    long enrolmentId;

    @BeforeEach
    void phoneWithEveryModuleRead() {
        SmallScreen.use();
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
        SmallScreen.assertFits();
    }
}
