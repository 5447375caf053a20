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
