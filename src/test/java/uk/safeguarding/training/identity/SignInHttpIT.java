package uk.safeguarding.training.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.safeguarding.training.learning.AssignmentService;
import uk.safeguarding.training.support.FreshPeople;
import uk.safeguarding.training.support.WebClient;

/** The sign-in form over real HTTP, as an attacker sends it: no browser, forged origins, parallel requests. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ExtendWith(OutputCaptureExtension.class)
class SignInHttpIT {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    AssignmentService assignments;
    @Autowired
    JdbcTemplate jdbc;

    private String freshPerson() {
        return new FreshPeople(identity, assignments, jdbc).learner("Http").getEmail();
    }

    private static boolean signedIn(HttpResponse<String> answer) {
        return answer.statusCode() == 302
                && answer.headers().firstValue("Location").map(l -> !l.contains("login")).orElse(false);
    }

    @Test
    void a_login_form_posted_from_another_origin_without_the_csrf_token_signs_nobody_in() throws Exception {
        String email = freshPerson();
        WebClient victim = new WebClient(port);
        HttpResponse<String> forged = victim.postForm("/login",
                Map.of("username", email, "password", FreshPeople.PASSWORD),
                "Origin", "https://evil.example", "Referer", "https://evil.example/auto-submit.html");
        assertThat(signedIn(forged)).as("answer %s %s", forged.statusCode(), forged.headers().map()).isFalse();
        assertThat(forged.statusCode()).as("refused by the CSRF check, which sends the visitor to sign in").isEqualTo(302);
        assertThat(forged.headers().firstValue("Location")).get().asString().doesNotContain("error").contains("/login");
        assertThat(victim.get("/my-training").statusCode()).as("still signed out").isEqualTo(302);
    }

    @Test
    void the_login_form_with_its_csrf_token_signs_in() throws Exception {
        WebClient person = new WebClient(port);
        HttpResponse<String> answer = person.signIn(freshPerson(), FreshPeople.PASSWORD);
        assertThat(signedIn(answer)).as("answer %s %s", answer.statusCode(), answer.headers().map()).isTrue();
    }

    @Test
    void opening_the_sign_in_page_and_posting_a_wrong_password_start_no_session() throws Exception {
        WebClient visitor = new WebClient(port);
        HttpResponse<String> page = visitor.get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
        assertThat(page.headers().allValues("Set-Cookie")).as("only the form's token cookie")
                .noneMatch(c -> c.startsWith("JSESSIONID"))
                .anyMatch(c -> c.startsWith("sign-in-csrf=") && c.contains("HttpOnly") && c.contains("SameSite=Strict")
                        && c.contains("Path=/login"));
        HttpResponse<String> wrong = visitor.signIn(freshPerson(), "not-the-password");
        assertThat(wrong.headers().firstValue("Location")).get().asString().endsWith("/login?error");
        assertThat(visitor.hasSessionCookie()).as("no session after a refused password").isFalse();
        assertThat(visitor.get("/login?error").body()).contains("The email or password is not correct");
    }

    @Test
    void a_token_taken_from_the_page_by_another_visitor_signs_nobody_in() throws Exception {
        String email = freshPerson();
        Map.Entry<String, String> attackersToken = new WebClient(port).csrfFieldOfLoginPage();
        WebClient victim = new WebClient(port);
        HttpResponse<String> forged = victim.postForm("/login", Map.of("username", email, "password",
                FreshPeople.PASSWORD, attackersToken.getKey(), attackersToken.getValue()), "Origin", "https://evil.example");
        assertThat(signedIn(forged)).as("answer %s %s", forged.statusCode(), forged.headers().map()).isFalse();
        assertThat(victim.hasSessionCookie()).isFalse();
        assertThat(victim.get("/my-training").statusCode()).as("still signed out").isEqualTo(302);
    }

    @Test
    void signing_in_starts_a_new_session_returns_to_the_page_asked_for_and_drops_the_form_token() throws Exception {
        WebClient person = new WebClient(port);
        HttpResponse<String> asked = person.get("/my-certificates");
        assertThat(asked.headers().firstValue("Location")).get().asString().endsWith("/login");
        String before = person.sessionCookie().orElseThrow(() -> new AssertionError("the request to return to is kept"))
                .getValue();
        HttpResponse<String> answer = person.signIn(freshPerson(), FreshPeople.PASSWORD);
        assertThat(java.net.URI.create(answer.headers().firstValue("Location").orElseThrow()).getPath())
                .as("back to the page asked for").isEqualTo("/my-certificates");
        assertThat(person.sessionCookie().orElseThrow().getValue()).as("session fixation protection").isNotEqualTo(before);
        assertThat(answer.headers().allValues("Set-Cookie")).as("the form's token is deleted")
                .anyMatch(c -> c.startsWith("sign-in-csrf=;") && (c.contains("Max-Age=0") || c.contains("1970")));
        HttpResponse<String> again = person.get("/login");
        assertThat(again.statusCode()).as("signed in: the sign-in page sends them home").isEqualTo(302);
        assertThat(again.headers().firstValue("Location")).get().asString().endsWith("/");
    }

    @Test
    void a_locked_email_is_named_on_the_page_without_a_session() throws Exception {
        String email = freshPerson();
        WebClient visitor = new WebClient(port);
        for (int i = 0; i < 5; i++) {
            visitor.signIn(email, "wrong-" + i);
        }
        HttpResponse<String> locked = visitor.signIn(email, FreshPeople.PASSWORD);
        assertThat(locked.headers().firstValue("Location")).get().asString().endsWith("/login?error");
        assertThat(visitor.get("/login?error").body()).contains("sign-in is paused for 15 minutes");
        assertThat(visitor.hasSessionCookie()).isFalse();
        visitor.signIn(freshPerson(), "another-wrong-password");
        assertThat(visitor.get("/login?error").body()).as("the next refusal speaks for itself")
                .contains("The email or password is not correct").doesNotContain("paused");
    }

    @Test
    void an_over_long_email_is_refused_with_the_usual_message_and_no_stack_trace(CapturedOutput log) throws Exception {
        WebClient visitor = new WebClient(port);
        for (String longInput : List.of("a".repeat(400) + "@x.org", "z".repeat(410))) {
            HttpResponse<String> answer = visitor.signIn(longInput, "whatever-password");
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).get().asString().endsWith("/login?error");
        }
        HttpResponse<String> longPassword = visitor.signIn(freshPerson(), "p".repeat(100_000));
        assertThat(longPassword.headers().firstValue("Location")).get().asString().endsWith("/login?error");
        assertThat(log.getAll()).doesNotContain("Exception").doesNotContain("ERROR");
    }

    @Test
    void fifty_concurrent_correct_sign_ins_of_one_person_all_succeed() throws Exception {
        String email = freshPerson();
        int parallel = 50;
        List<WebClient> people = new ArrayList<>();
        List<Map.Entry<String, String>> tokens = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            WebClient person = new WebClient(port);
            people.add(person);
            tokens.add(person.csrfFieldOfLoginPage());
        }
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(parallel)) {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                WebClient person = people.get(i);
                Map.Entry<String, String> csrf = tokens.get(i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return person.postForm("/login", Map.of("username", email,
                            "password", FreshPeople.PASSWORD, csrf.getKey(), csrf.getValue()));
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertThat(signedIn(response)).as("answer %s %s", response.statusCode(), response.headers().map()).isTrue();
            }
        }
    }
}
