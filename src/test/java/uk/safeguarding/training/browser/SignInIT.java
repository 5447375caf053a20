package uk.safeguarding.training.browser;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.open;
import static com.codeborne.selenide.WebDriverConditions.urlContaining;
import static com.codeborne.selenide.Selenide.webdriver;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignInIT extends BrowserTestBase {

    @Test
    void the_login_page_is_accessible() {
        open("/login");
        $("form.login-form").shouldBe(visible);
        assertAccessible();
    }

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
            "learner@demo.test, /my-training, My training",
            "manager@demo.test, /team, Team training",
            "trainer@demo.test, /authoring, Courses",
            "admin@demo.test, /admin/users, People"})
    void each_demo_role_signs_in_and_sees_its_home(String email, String home, String heading) {
        signInThroughTheForm(email, PASSWORD);
        webdriver().shouldHave(urlContaining(home));
        $("h1").shouldHave(text(heading));
        assertAccessible();
        signOut();
    }

    @Test
    void a_wrong_password_says_so_without_saying_whether_the_email_exists() {
        signInThroughTheForm("learner@demo.test", "not-the-password");
        $("form.login-form").shouldHave(text("The email or password is not correct"));
        signInThroughTheForm("nobody-here@demo.test", "not-the-password");
        $("form.login-form").shouldHave(text("The email or password is not correct"));
        assertAccessible();
    }

    @Test
    void five_failures_lock_the_account_even_against_the_right_password() {
        for (int i = 0; i < 5; i++) {
            signInThroughTheForm("zara.ahmed@demo.test", "wrong-password-" + i);
            $("form.login-form").shouldHave(text("not correct"));
        }
        signInThroughTheForm("zara.ahmed@demo.test", PASSWORD);
        $("form.login-form").shouldHave(text("sign-in is paused for 15 minutes"));
        webdriver().shouldHave(urlContaining("/login"));
    }

    @Test
    void an_unknown_email_locks_the_same_way_so_the_message_reveals_nothing() {
        for (int i = 0; i < 5; i++) {
            signInThroughTheForm("not-a-member@demo.test", "wrong-password-" + i);
            $("form.login-form").shouldHave(text("not correct"));
        }
        signInThroughTheForm("not-a-member@demo.test", PASSWORD);
        $("form.login-form").shouldHave(text("sign-in is paused for 15 minutes"));
    }

    @ParameterizedTest(name = "a learner typing {0} is refused")
    @CsvSource({"/team", "/authoring", "/admin/users"})
    void a_learner_typing_another_roles_address_gets_the_access_denied_page(String path) {
        signIn("learner@demo.test", PASSWORD);
        webdriver().shouldHave(urlContaining("/my-training"));
        open(path);
        $("h1").shouldHave(text("You do not have access to this page"));
        assertAccessible();
    }

    @Test
    void the_navigation_offers_a_learner_only_their_own_pages() {
        signIn("learner@demo.test", PASSWORD);
        $("vaadin-side-nav").shouldHave(text("My training"));
        $("vaadin-side-nav").shouldNotHave(text("Team training"));
        $("vaadin-side-nav").shouldNotHave(text("Courses"));
        $("vaadin-side-nav").shouldNotHave(text("People"));
    }

    @ParameterizedTest(name = "signed out, {0} leads to sign-in")
    @CsvSource({"/my-training", "/team", "/admin/users", "/"})
    void signed_out_people_are_sent_to_sign_in(String path) {
        open(path);
        $("form.login-form").shouldBe(visible);
        webdriver().shouldHave(urlContaining("/login"));
    }
}
