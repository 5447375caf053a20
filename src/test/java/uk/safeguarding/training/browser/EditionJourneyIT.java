package uk.safeguarding.training.browser;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.enabled;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.webdriver;
import static com.codeborne.selenide.WebDriverConditions.urlContaining;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.ElementsCollection;
import com.codeborne.selenide.SelenideElement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.training.authoring.AuthoringService;
import uk.safeguarding.training.authoring.Draft;
import uk.safeguarding.training.authoring.DraftEdits;
import uk.safeguarding.training.content.CourseText;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.PageDefinition;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.AssignmentService;
import uk.safeguarding.training.settings.OrganisationService;
import uk.safeguarding.training.support.AsUser;
import uk.safeguarding.training.support.FreshPeople;

/**
 * A trainer publishes a new edition in the browser, naming the changed module, a reason and a due period; a learner
 * certified on the earlier edition sees "Update required" with the reason, does only the changed module and a short
 * check, and then holds a certificate of the new edition beside the old one, now superseded. On a copy of the shipped
 * course with a fresh learner, so no other test's state changes.
 */
class EditionJourneyIT extends BrowserTestBase {

    static final String COURSE = "edition-journey";
    static final String CHANGED = "Edition 2 of this page says what changed in the law.";
    static final String REASON = "The law on trafficking is now taught under the Modern Slavery Act 2015.";

    @Autowired
    IdentityService identity;
    @Autowired
    AuthoringService authoring;
    @Autowired
    AssignmentService assignments;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    CourseText courseText;
    @Autowired
    OrganisationService organisation;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_trainer_publishes_a_new_edition_and_a_certified_learner_does_the_update() {
        Draft first = AsUser.call(identity, "trainer@demo.test", () -> authoring.startCourse(COURSE, "Edition journey", "cse-awareness"));
        AsUser.call(identity, "trainer@demo.test", () -> authoring.publish(COURSE, first.revision()));
        UserAccount holder = new FreshPeople(identity, assignments, jdbc).learner("Ivy");
        AsUser.run(identity, "admin@demo.test", () -> assignments.recordCompletion(holder.getId(), COURSE,
                Instant.now().minus(100, ChronoUnit.DAYS), 90, "admin@demo.test"));
        Draft second = AsUser.call(identity, "trainer@demo.test", () -> authoring.open(COURSE));
        CourseDefinition edited = DraftEdits.module(second.definition(), 3, EditionJourneyIT::withNote);
        AsUser.call(identity, "trainer@demo.test", () -> authoring.save(COURSE, edited, second.revision()));
        String changedTitle = edited.modules().get(3).title();

        signIn("trainer@demo.test", PASSWORD);
        $("h1").shouldHave(text("Courses"));
        com.codeborne.selenide.Selenide.open("/authoring/" + COURSE + "/edit");
        $("h1").shouldHave(text("Edit course: Edition journey"));
        button("Publish").shouldBe(enabled).click();
        $$("vaadin-radio-button").findBy(text("New edition")).$("label").click();
        SelenideElement changedModule = $$("vaadin-checkbox").findBy(text("Module 4: " + changedTitle)).shouldBe(visible);
        changedModule.shouldHave(attribute("checked"));
        $$("vaadin-checkbox").findBy(text("Module 1:")).shouldNotHave(attribute("checked"));
        assertAccessible();
        button("Publish now").click();
        $(".form-problems").shouldHave(text("Give learners a reason"));
        $$("vaadin-text-area").findBy(text("Reason learners will see")).$("textarea").setValue(REASON);
        button("Publish now").click();
        webdriver().shouldHave(urlContaining("/authoring/" + COURSE + "/versions"));
        $(".page").shouldHave(text("Version 2 (edition 2, new edition)"), text(REASON), text("due 30 days"));
        assertAccessible();
        signOut();

        signIn(holder.getEmail(), FreshPeople.PASSWORD);
        SelenideElement card = $$(".course-card").findBy(text("Edition journey")).shouldHave(text("Update required"),
                text(REASON), text(changedTitle), text("update to edition 2"));
        assertAccessible();
        card.$$("vaadin-button").findBy(text("Start update")).click();
        CourseAnswers answers = new CourseAnswers(catalog, courseText, organisation);
        int pages = edited.modules().get(3).pages().size();
        for (int p = 1; p <= pages; p++) {
            webdriver().shouldHave(urlContaining("/1/" + p));
            $("body").shouldHave(text("Module 1 of 1: " + changedTitle));
            if (p == 1) {
                $(".page-body").shouldHave(text(CHANGED));
                assertAccessible();
            }
            button(p < pages ? "Next page" : "Knowledge check").click();
        }
        for (SelenideElement question : $$(".question").shouldHave(com.codeborne.selenide.CollectionCondition.sizeGreaterThan(0))) {
            LearnerJourneyIT.choose(question, Set.of(0));
            question.parent().$$("vaadin-button").findBy(text("Check my answer")).scrollIntoView("{block: 'center'}").click();
            question.parent().$(".feedback").shouldHave(text("answer"));
        }
        button("Final assessment").shouldBe(enabled).click();
        button("Start the assessment").click();
        ElementsCollection questions = $$(".question").shouldHave(com.codeborne.selenide.CollectionCondition.size(3));
        for (SelenideElement question : questions) {
            List<String> options = question.$$("vaadin-radio-button, vaadin-checkbox").texts();
            LearnerJourneyIT.choose(question, answers.correctPositions(question.$(".question-scenario").getText(), options));
        }
        assertAccessible();
        button("Submit answers").click();
        $("h1").shouldHave(text("You passed: 100%"));
        assertAccessible();
        button("Back to my training").click();
        $$(".course-card").findBy(text("Edition journey")).shouldHave(text("Completed"), text("Edition 2"));

        com.codeborne.selenide.Selenide.open("/my-certificates");
        $("h1").shouldHave(text("My certificates"));
        $(".page").shouldHave(text("Superseded"));
        assertAccessible();
        assertThat(jdbc.queryForList("select edition_number from certificate where user_id = ? order by issued_at",
                Integer.class, holder.getId())).containsExactly(1, 2);
    }

    private static ModuleDefinition withNote(ModuleDefinition module) {
        List<PageDefinition> pages = new java.util.ArrayList<>(module.pages());
        PageDefinition first = pages.getFirst();
        pages.set(0, new PageDefinition(first.title(), first.sourceIds(), first.markdown() + "\n\n" + CHANGED + "\n"));
        return new ModuleDefinition(module.id(), module.title(), module.objectives(), module.sourceIds(), pages);
    }

    static SelenideElement button(String label) {
        return $$("vaadin-button").findBy(text(label)).shouldBe(visible).scrollIntoView("{block: 'center'}");
    }
}
