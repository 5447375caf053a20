package uk.safeguarding.training.browser;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static com.codeborne.selenide.Selenide.webdriver;
import static com.codeborne.selenide.WebDriverConditions.urlContaining;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** With a provider configured, the login page offers it next to the password form, and the form still works. */
@TestPropertySource(properties = {
        "spring.security.oauth2.client.registration.example.client-id=training-app",
        "spring.security.oauth2.client.registration.example.client-secret=not-a-secret",
        "spring.security.oauth2.client.registration.example.client-name=Example ID",
        "spring.security.oauth2.client.registration.example.scope=openid,email",
        "spring.security.oauth2.client.registration.example.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.example.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.example.authorization-uri=https://idp.example.test/authorize",
        "spring.security.oauth2.client.provider.example.token-uri=https://idp.example.test/token",
        "spring.security.oauth2.client.provider.example.jwk-set-uri=https://idp.example.test/jwks"})
class SingleSignOnLoginIT extends BrowserTestBase {

    @Test
    void the_login_page_offers_sign_in_with_the_provider_beside_the_password_form() {
        open("/login");
        $("form.login-form").shouldBe(visible);
        $$("a.sso-button").findBy(text("Sign in with Example ID")).shouldBe(visible)
                .shouldHave(attribute("href", com.codeborne.selenide.Configuration.baseUrl + "/oauth2/authorization/example"));
        assertAccessible();

        signInThroughTheForm("learner@demo.test", PASSWORD);
        webdriver().shouldHave(urlContaining("/my-training"));
    }
}
