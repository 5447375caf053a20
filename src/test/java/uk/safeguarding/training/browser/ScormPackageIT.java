package uk.safeguarding.training.browser;

import static com.codeborne.selenide.CollectionCondition.sizeGreaterThan;
import static com.codeborne.selenide.Condition.hidden;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.ElementsCollection;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.training.content.CourseText;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.settings.OrganisationService;

/**
 * A trainer downloads the SCORM 1.2 package of the published course; it then runs in Chromium inside a small test
 * LMS (src/test/resources/scorm/lms-host.html) that provides the SCORM 1.2 API and records every call. Served by a
 * JDK HTTP server on a free port on another origin than the app: the package needs nothing from the app.
 */
class ScormPackageIT extends BrowserTestBase {

    @Autowired
    CourseCatalog catalog;
    @Autowired
    CourseText courseText;
    @Autowired
    OrganisationService organisation;

    private CourseAnswers answers;
    private HttpServer lms;
    private final Map<String, byte[]> served = new HashMap<>();

    @BeforeEach
    void answerKey() {
        answers = new CourseAnswers(catalog, courseText, organisation);
    }

    @AfterEach
    void stopLms() {
        if (lms != null) {
            lms.stop(0);
        }
    }

    @Test
    void a_learner_walks_through_the_package_passes_the_assessment_and_resumes_where_they_left_off() throws Exception {
        signIn("trainer@demo.test", PASSWORD);
        open("/authoring/cse-awareness/versions");
        $("h1").shouldHave(text("Versions of"));
        assertAccessible();
        File zip = $$("a").findBy(text("as a SCORM 1.2 package")).shouldBe(visible).download();
        startLms(Files.readAllBytes(zip.toPath()));

        open(lmsUrl() + "/lms.html");
        // Module 1: every page, then the knowledge check.
        ModuleDefinition first = answers.course().modules().getFirst();
        launch("module-1.html");
        for (int p = 0; p < first.pages().size(); p++) {
            $("section.sco-page:not([hidden]) h2").shouldHave(text(plain(first.pages().get(p).title())));
            $(".sco-position").shouldHave(text("Page " + (p + 1) + " of " + first.pages().size()));
            if (p == 0) {
                leaveFrame();
                assertNoSeriousViolations();
                Selenide.switchTo().frame("sco");
            }
            $("button[data-go=next]").click();
        }
        $(".sco-check h2").shouldBe(visible);
        for (SelenideElement question : $$("fieldset.sco-question").shouldHave(sizeGreaterThan(1))) {
            choose(question, answers.correctPositions(scenario(question), options(question)));
            question.$$("button").findBy(text("Check answer")).click();
            question.$(".sco-check-result").shouldHave(text("Correct."));
        }
        $(".sco-complete").shouldHave(text("You have completed this module."));
        leaveFrame();
        assertNoSeriousViolations();
        assertThat(value("module-1.html", "cmi.core.lesson_status")).isEqualTo("completed");
        close("module-1.html");
        assertThat(value("module-1.html", "cmi.core.exit")).isEqualTo("");

        // Module 2: stop on page 3, launch again, and be back on page 3.
        ModuleDefinition second = answers.course().modules().get(1);
        launch("module-2.html");
        $("button[data-go=next]").click();
        $("button[data-go=next]").click();
        $("section.sco-page:not([hidden]) h2").shouldHave(text(plain(second.pages().get(2).title())));
        leaveFrame();
        close("module-2.html");
        assertThat(value("module-2.html", "cmi.core.lesson_location")).isEqualTo("page-3");
        assertThat(value("module-2.html", "cmi.core.lesson_status")).isEqualTo("incomplete");
        assertThat(value("module-2.html", "cmi.core.exit")).isEqualTo("suspend");
        assertThat(value("module-2.html", "cmi.core.entry")).isEqualTo("resume");
        launch("module-2.html");
        $("section.sco-page:not([hidden]) h2").shouldHave(text(plain(second.pages().get(2).title())));
        $(".sco-position").shouldHave(text("Page 3 of " + second.pages().size()));
        leaveFrame();
        close("module-2.html");

        // The assessment: fail once on purpose, then pass with a new draw.
        launch("assessment.html");
        answerEveryQuestion(false);
        $(".sco-score").shouldHave(text("You did not pass"));
        leaveFrame();
        assertThat(value("assessment.html", "cmi.core.lesson_status")).isEqualTo("failed");
        assertThat(value("assessment.html", "cmi.core.score.raw")).isEqualTo("0");
        Selenide.switchTo().frame("sco");
        $$("button").findBy(text("Try again with new questions")).click();
        answerEveryQuestion(true);
        $(".sco-score").shouldHave(text("Your score: 100%. You passed (pass mark " + answers.course().passMark() + "%)"));
        leaveFrame();
        assertNoSeriousViolations();
        assertThat(value("assessment.html", "cmi.core.lesson_status")).isEqualTo("passed");
        assertThat(value("assessment.html", "cmi.core.score.raw")).isEqualTo("100");
        assertThat(value("assessment.html", "cmi.core.score.max")).isEqualTo("100");
        close("assessment.html");

        // Launched again, the passed assessment shows its result and reports nothing new.
        launch("assessment.html");
        $(".sco-score").shouldHave(text("You passed"));
        leaveFrame();
        assertThat(value("assessment.html", "cmi.core.lesson_status")).isEqualTo("passed");
        List<Map<String, Object>> calls = Selenide.executeJavaScript("return window.lms.calls");
        assertThat(calls).first().extracting(c -> c.get("call")).isEqualTo("LMSInitialize");
        assertThat(calls).filteredOn(c -> "LMSSetValue".equals(c.get("call"))).extracting(c -> c.get("result"))
                .containsOnly("true");
        assertThat(calls).filteredOn(c -> "assessment.html".equals(c.get("sco")) && "LMSSetValue".equals(c.get("call"))
                        && ((List<?>) c.get("args")).getFirst().equals("cmi.core.lesson_status"))
                .extracting(c -> String.valueOf(((List<?>) c.get("args")).get(1)))
                .containsExactly("incomplete", "failed", "passed");
    }

    private void answerEveryQuestion(boolean right) {
        ElementsCollection questions = $$("fieldset.sco-question").shouldHave(sizeGreaterThan(answers.course().modules().size() - 1));
        for (SelenideElement question : questions) {
            String scenario = scenario(question);
            List<String> shown = options(question);
            choose(question, right ? answers.correctPositions(scenario, shown)
                    : Set.of(answers.wrongPosition(scenario, shown)));
        }
        $$("button").findBy(text("Submit answers")).click();
        $(".sco-result").shouldBe(visible);
        $(".sco-attempt").shouldBe(hidden);
    }

    private static String scenario(SelenideElement question) {
        return question.$("p.scenario").getText();
    }

    private static List<String> options(SelenideElement question) {
        return question.$$(".sco-option label").texts();
    }

    private static void choose(SelenideElement question, Set<Integer> positions) {
        ElementsCollection labels = question.$$(".sco-option label");
        for (int position : positions) {
            labels.get(position).scrollIntoView("{block: 'center'}").click();
        }
    }

    private String plain(String text) {
        return courseText.plainText(text, organisation.profile().placeholderValues());
    }

    private void launch(String sco) {
        Selenide.executeJavaScript("window.lms.launch(arguments[0])", sco);
        Selenide.switchTo().frame("sco");
        $("main.sco").shouldBe(visible);
    }

    /** Unloads the SCO as an LMS does when the learner leaves it, and waits until it has said LMSFinish. */
    private void close(String sco) {
        Selenide.executeJavaScript("window.lms.close()");
        Selenide.Wait().until(d -> Boolean.TRUE.equals(Selenide.executeJavaScript("return window.lms.finished(arguments[0])", sco)));
    }

    private static void leaveFrame() {
        Selenide.switchTo().defaultContent();
    }

    private static String value(String sco, String name) {
        return Selenide.executeJavaScript("return window.lms.value(arguments[0], arguments[1])", sco, name);
    }

    private String lmsUrl() {
        return "http://127.0.0.1:" + lms.getAddress().getPort();
    }

    private void startLms(byte[] scormZip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(scormZip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                served.put("/pkg/" + entry.getName(), in.readAllBytes());
            }
        }
        assertThat(served).containsKeys("/pkg/imsmanifest.xml", "/pkg/module-1.html", "/pkg/assessment.html");
        try (InputStream host = getClass().getResourceAsStream("/scorm/lms-host.html")) {
            served.put("/lms.html", host.readAllBytes());
        }
        lms = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        lms.createContext("/", exchange -> {
            byte[] body = served.get(exchange.getRequestURI().getPath());
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.getResponseHeaders().set("Content-Type", type(exchange.getRequestURI().getPath()));
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        lms.start();
    }

    private static String type(String path) {
        if (path.endsWith(".html")) {
            return "text/html; charset=utf-8";
        } else if (path.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        } else if (path.endsWith(".css")) {
            return "text/css; charset=utf-8";
        } else if (path.endsWith(".png")) {
            return "image/png";
        }
        return "application/octet-stream";
    }
}
