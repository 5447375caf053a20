package uk.safeguarding.training.certificate.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import uk.safeguarding.training.certificate.VerificationService;

/**
 * The page a certificate's QR code opens: the answer as plain HTML, without Vaadin and without an HTTP session.
 * Anyone may open it, as often as they like (an employer checking a pile of certificates, a scanner, a crawler), and
 * a Vaadin page would keep a session of several kilobytes in memory for each of them for half an hour. Checking
 * another code is the Vaadin page at /verify, for a person typing. The empty icon keeps browsers from asking for
 * /favicon.ico, which would reach Vaadin (there is no such file) and start a session after all.
 */
@RestController
class VerifyLinkController {

    private final VerificationService verification;
    private final ZoneId zone;

    VerifyLinkController(VerificationService verification, Clock clock) {
        this.zone = clock.getZone();
        this.verification = verification;
    }

    @GetMapping(value = "/verify/{code}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> verify(@PathVariable String code, HttpServletRequest request) {
        VerificationText text = VerificationText.of(verification.verify(code, request.getRemoteAddr()), zone);
        String context = HtmlUtils.htmlEscape(request.getContextPath());
        StringBuilder page = new StringBuilder(2048).append("""
                <!DOCTYPE html>
                <html lang="en-GB">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Check a certificate | Safeguarding Training</title>
                <link rel="stylesheet" href="%1$s/styles.css">
                <link rel="icon" href="data:,">
                <style>body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;color:#1a1a1a}
                main{max-width:40rem;margin:0 auto;padding:1.5rem}a{color:#0b57d0}</style>
                </head>
                <body>
                <main class="narrow-page verify-page">
                <h1>Check a certificate</h1>
                """.formatted(context));
        page.append("<div class=\"").append(HtmlUtils.htmlEscape(text.cssClass())).append("\" role=\"status\">\n<h2>")
                .append(HtmlUtils.htmlEscape(text.heading())).append("</h2>\n");
        text.paragraphs().forEach(p -> page.append("<p>").append(HtmlUtils.htmlEscape(p)).append("</p>\n"));
        page.append("</div>\n<p><a href=\"").append(context).append("/verify\">Check another code</a></p>\n</main>\n</body>\n</html>\n");
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(page.toString());
    }
}
