package uk.safeguarding.training.browser;

import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.settings.OrganisationService;
import uk.safeguarding.training.support.AsUser;

/**
 * The logo upload's address, found in a signed-in administrator's page and then POSTed to straight from Java with
 * that session, past the browser's size check: as an attacker (or a script) would.
 */
class DirectUploadIT extends BrowserTestBase {

    private static final String ADMIN = "admin@demo.test";

    @Autowired
    OrganisationService organisation;
    @Autowired
    IdentityService identity;

    @AfterEach
    void removeLogo() {
        AsUser.run(identity, ADMIN, organisation::removeLogo);
    }

    private static byte[] png() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(240, 80, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private HttpResponse<String> post(String target, HttpRequest.BodyPublisher body) throws Exception {
        String cookie = WebDriverRunner.getWebDriver().manage().getCookieNamed("JSESSIONID").getValue();
        String csrf = Selenide.executeJavaScript("var m = document.querySelector('meta[name=_csrf]'); return m ? m.content : '';");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(com.codeborne.selenide.Configuration.baseUrl + "/" + target))
                .header("Cookie", "JSESSIONID=" + cookie)
                .header("Content-Type", "image/png")
                .header("X-Filename", "logo.png")
                .POST(body);
        if (!csrf.isEmpty()) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException closedWhileSending) {
            return null; // the server answered and closed the connection before taking the whole body
        }
    }

    @Test
    void an_oversized_logo_posted_straight_to_the_upload_address_is_refused_and_nothing_is_stored() throws Exception {
        signIn(ADMIN, PASSWORD);
        open("/admin/organisation");
        $("vaadin-upload").shouldBe(visible);
        settled();
        String target = Selenide.executeJavaScript("return document.querySelector('vaadin-upload').target;");
        assertThat(target).isNotBlank();

        // The channel works: a small real logo sent the same way is stored.
        HttpResponse<String> small = post(target, HttpRequest.BodyPublishers.ofByteArray(png()));
        assertThat(small).isNotNull();
        assertThat(small.statusCode()).isEqualTo(200);
        Selenide.Wait().until(d -> organisation.logo().isPresent());
        AsUser.run(identity, ADMIN, organisation::removeLogo);

        // Declared: 2 MB, under the global ceiling, over the logo's limit: the upload handler refuses it unread.
        byte[] twoMegabytes = java.util.Arrays.copyOf(png(), 2 * 1024 * 1024);
        HttpResponse<String> overLimit = post(target, HttpRequest.BodyPublishers.ofByteArray(twoMegabytes));
        assertThat(overLimit).isNotNull();
        assertThat(organisation.logo()).isEmpty();

        // Declared: 200 MB, over the global ceiling: 413 before anything is read.
        HttpResponse<String> huge = post(target, HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofByteArray(new byte[0]), 200L * 1024 * 1024));
        if (huge != null) {
            assertThat(huge.statusCode()).isEqualTo(413);
        }
        assertThat(organisation.logo()).isEmpty();

        // Undeclared (chunked): an endless body; the server stops reading at the limit.
        Supplier<InputStream> endless = () -> new InputStream() {
            private long sent;

            @Override
            public int read() {
                return sent++ < 300L * 1024 * 1024 ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (sent >= 300L * 1024 * 1024) {
                    return -1;
                }
                sent += len;
                return len;
            }
        };
        post(target, HttpRequest.BodyPublishers.ofInputStream(endless));
        assertThat(organisation.logo()).isEmpty();
    }
}
