package uk.safeguarding.training.browser;

import static com.codeborne.selenide.CollectionCondition.sizeGreaterThan;
import static com.codeborne.selenide.Condition.enabled;
import static com.codeborne.selenide.Condition.focused;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static com.codeborne.selenide.Selenide.webdriver;
import static com.codeborne.selenide.WebDriverConditions.urlContaining;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.AssignmentService;
import uk.safeguarding.training.learning.LearnerViews.CheckQuestion;
import uk.safeguarding.training.learning.LearningService;
import uk.safeguarding.training.support.AsUser;
import uk.safeguarding.training.support.FreshPeople;

/**
 * A learner on a phone-sized screen reaches module 5's scenarios from its last page, plays the hotel scenario to a
 * harmful ending, reads the summary with the good path, replays it (one choice by keyboard) to a good ending, and
 * finishes the module through its knowledge check. Each kind of scenario screen gets an accessibility scan.
 */
class ScenarioJourneyIT extends BrowserTestBase {

    @Autowired
    IdentityService identity;
    @Autowired
    AssignmentService assignments;
    @Autowired
    LearningService learning;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    JdbcTemplate jdbc;

    String email;
    long enrolmentId;
    int lastPage;

    @BeforeEach
    void learnerWhoHasReadEverythingButModuleFivesCheck() {
        SmallScreen.use();
        UserAccount person = new FreshPeople(identity, assignments, jdbc).learner("Journey");
        email = person.getEmail();
        AsUser.run(identity, "admin@demo.test", () -> assignments.assign(person.getId(), "cse-awareness",
                LocalDate.now().plusDays(30), "test"));
        CourseDefinition course = catalog.definition(catalog.newest("cse-awareness").orElseThrow().versionId());
        lastPage = course.modules().get(4).pages().size();
        enrolmentId = AsUser.call(identity, email, () -> {
            long enrolment = learning.startOrContinue(learning.myTraining().getFirst().assignmentId()).enrolmentId();
            for (int m = 1; m <= 5; m++) {
                for (int p = 1; p <= course.modules().get(m - 1).pages().size(); p++) {
                    learning.openPage(enrolment, m, p);
                }
                if (m < 5) {
                    for (CheckQuestion q : learning.knowledgeCheck(enrolment, m).questions()) {
                        learning.answerCheck(enrolment, m, q.id(), Set.of(0));
                    }
                }
            }
            return enrolment;
        });
    }

    @Test
    void play_to_a_harmful_ending_replay_to_a_good_one_and_finish_the_module() {
        signIn(email, PASSWORD);
        $("h1").shouldHave(text("My training"));
        open("/learn/" + enrolmentId + "/5/" + lastPage);
        button("Practise with 6 scenarios").click();
        webdriver().shouldHave(urlContaining("/5/scenario/1"));
        $("h1").shouldHave(text("A pupil asks you to keep a secret"));
        button("Next scenario").click();

        webdriver().shouldHave(urlContaining("/5/scenario/2"));
        $("h1").shouldHave(text("Night shift on hotel reception"));
        $(".scenario-situation h2").shouldHave(text("Step 1"));
        $(".scenario-choices").shouldHave(com.codeborne.selenide.Condition.attribute("aria-label", "What do you do?"),
                text("Check them in"));
        assertFits();
        assertAccessible();

        choice("Check them in").click();
        $(".scenario-consequence").shouldHave(text("You chose: Check them in"));
        $(".scenario-consequence h2").shouldBe(focused);
        $(".scenario-summary h2").shouldHave(text("Harmful outcome"));
        $(".scenario-summary").shouldHave(text("Your score: 0%"), text("The path you took"), text("A good path"),
                text("Call 999: a child may be in immediate danger."));
        assertFits();
        assertAccessible();

        button("Play this scenario again").click();
        $(".scenario-situation h2").shouldBe(focused).shouldHave(text("Step 1"));
        SelenideElement call999 = choice("Call 999");
        Selenide.executeJavaScript("arguments[0].focus()", call999);
        call999.shouldBe(focused).sendKeys(Keys.ENTER);
        $(".scenario-consequence").shouldHave(text("You chose: Call 999"));
        $(".scenario-situation h2").shouldHave(text("Step 2"));
        choice("Stay calm").click();
        $(".scenario-summary h2").shouldHave(text("Good outcome"));
        $(".scenario-summary").shouldHave(text("Your score: 100%"), text("You took a good path"));
        assertAccessible();

        for (int s = 3; s <= 6; s++) {
            button("Next scenario").click();
            webdriver().shouldHave(urlContaining("/5/scenario/" + s));
        }
        button("Knowledge check").click();
        webdriver().shouldHave(urlContaining("/5/check"));
        for (SelenideElement question : $$(".question").shouldHave(sizeGreaterThan(1))) {
            LearnerJourneyIT.choose(question, Set.of(0));
            question.parent().$$("vaadin-button").findBy(text("Check my answer")).scrollIntoView("{block: 'center'}")
                    .click();
            question.parent().$(".feedback").shouldHave(text("answer"));
        }
        button("Final assessment").shouldBe(enabled).click();
        webdriver().shouldHave(urlContaining("/assessment"));

        List<String> outcomes = jdbc.queryForList("select outcome from scenario_play where enrolment_id = ?"
                + " and scenario_id = '02-hotel-reception-night' order by id", String.class, enrolmentId);
        assertThat(outcomes).containsExactly("HARMFUL", "GOOD");

        // The trainer's view of the same plays: the graph drawn on the server and the choice that led to harm.
        signOut();
        signIn("trainer@demo.test", PASSWORD);
        open("/authoring/cse-awareness/scenario-statistics");
        $("h1").shouldHave(text("Scenario statistics"));
        $$("svg.scenario-graph").shouldHave(sizeGreaterThan(5));
        $$("table.statistics-table caption").findBy(text("Choices that led to harm in Night shift on hotel reception"))
                .parent().shouldHave(text("Check them in"));
        assertAccessible();
    }

    private static SelenideElement button(String label) {
        return $$("vaadin-button").findBy(text(label)).shouldBe(visible).scrollIntoView("{block: 'center'}");
    }

    private static SelenideElement choice(String startOfText) {
        return $$(".scenario-choice").findBy(text(startOfText)).shouldBe(visible).scrollIntoView("{block: 'center'}");
    }

    private void assertFits() {
        settled();
        SmallScreen.assertFits();
    }
}
