package uk.safeguarding.training.browser;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Learners and managers are turned away from every authoring page, whatever address they type. */
class AuthoringAccessDeniedIT extends BrowserTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"learner@demo.test", "manager@demo.test"})
    void people_who_do_not_author_get_the_access_denied_page(String email) {
        signIn(email, PASSWORD);
        $("vaadin-button.sign-out").shouldBe(com.codeborne.selenide.Condition.visible);
        $$("vaadin-side-nav-item").filter(com.codeborne.selenide.Condition.exactText("Courses"))
                .shouldHave(com.codeborne.selenide.CollectionCondition.size(0));
        for (String path : new String[] {"/authoring", "/authoring/cse-awareness/edit", "/authoring/cse-awareness/preview",
                "/authoring/cse-awareness/versions", "/authoring/cse-awareness/statistics"}) {
            open(path);
            $("h1").shouldHave(text("You do not have access to this page"));
        }
        assertAccessible();
    }
}
