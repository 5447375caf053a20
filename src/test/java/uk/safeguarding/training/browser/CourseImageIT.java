package uk.safeguarding.training.browser;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.executeAsyncJavaScript;
import static com.codeborne.selenide.Selenide.executeJavaScript;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.training.content.CourseFolderReader;
import uk.safeguarding.training.content.CourseReadResult;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.AssignmentService;
import uk.safeguarding.training.support.AsUser;
import uk.safeguarding.training.support.FreshPeople;

/**
 * A course page's image reaches the learner's screen. The shipped course has no image, so this uses the test
 * fixture course (src/test/resources/courses-valid/minimal), whose first page shows assets/diagram.png.
 */
class CourseImageIT extends BrowserTestBase {

    @Autowired
    CourseCatalog catalog;
    @Autowired
    IdentityService identity;
    @Autowired
    AssignmentService assignments;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_image_on_a_course_page_is_displayed_to_the_learner_and_served_to_an_administrator() {
        CourseReadResult read = new CourseFolderReader().read(Path.of("src/test/resources/courses-valid/minimal"));
        assertThat(read.problems()).isEmpty();
        catalog.publish(read.course(), read.contentHash(), "test");
        UserAccount learner = new FreshPeople(identity, assignments, jdbc).learner("Imogen");
        AsUser.run(identity, "admin@demo.test", () -> assignments.assign(learner.getId(), "minimal-course",
                LocalDate.now().plusDays(30), "test"));

        signIn(learner.getEmail(), FreshPeople.PASSWORD);
        LearnerJourneyIT.button("Start course").click();
        SelenideElement image = $(".page-body img").shouldBe(visible)
                .shouldHave(attribute("alt", "Flow chart: notice, record, tell the lead"));
        // Wait for the browser to finish with the image (loaded or failed), then ask whether it has pixels.
        Selenide.Wait().until(d -> Boolean.TRUE.equals(executeJavaScript("return arguments[0].complete", image)));
        assertThat(((Number) executeJavaScript("return arguments[0].naturalWidth", image)).intValue())
                .as("the image was loaded and decoded").isGreaterThan(0);
        String src = image.getAttribute("src");
        assertAccessible();
        signOut();

        signIn("admin@demo.test", PASSWORD);
        $("h1").shouldBe(visible);
        Object status = executeAsyncJavaScript("const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status + ' ' + r.headers.get('content-type')),"
                + " e => done(String(e)));", src);
        assertThat(status).isEqualTo("200 image/png");
    }
}
