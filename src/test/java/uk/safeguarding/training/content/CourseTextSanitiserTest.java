package uk.safeguarding.training.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Course text is written by trainers, not developers: whatever they paste, the page must not run script. */
class CourseTextSanitiserTest {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private final CourseText text = new CourseText();

    static Stream<String> xssPayloads() {
        return Stream.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
                "Hello <script>alert(1)</script> world",
                "<scr<script>ipt>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<img src=\"assets/a.png\" alt=\"a\" onmouseover=\"alert(1)\">",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<body onload=alert(1)>",
                "<details open ontoggle=alert(1)>x</details>",
                "<input onfocus=alert(1) autofocus>",
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "[click](<javascript:alert(1)>)",
                "<javascript:alert(1)>",
                "[click](jav&#x61;script:alert(1))",
                "[click](&#106;avascript:alert(1))",
                "[click][ref]\n\n[ref]: javascript:alert(1)",
                "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
                "<a href=\"  javascript:alert(1)\">x</a>",
                "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "[x](vbscript:msgbox(1))",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"x\">",
                "![x](javascript:alert(1))",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<style>body{background:url(javascript:alert(1))}</style>",
                "<div style=\"width: expression(alert(1))\">x</div>",
                "<p style=\"background:url(javascript:alert(1))\">x</p>",
                "<!--><script>alert(1)</script>-->",
                "<!-- --!><script>alert(1)</script> -->",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<math href=\"javascript:alert(1)\">CLICK</math>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"javascript:alert(1)\">",
                "<form action=\"javascript:alert(1)\"><button>x</button></form>",
                "<base href=\"javascript:alert(1)//\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "[x](https://ok.example \"t\\\" onmouseover=\\\"alert(1)\")",
                "<a href=\"https://ok.example\" onclick=\"alert(1)\">x</a>",
                "<a href=\"https://ok.example\" target=\"_blank\" style=\"position:fixed\">x</a>");
    }

    @ParameterizedTest
    @MethodSource("xssPayloads")
    void noPayloadSurvivesAsMarkup(String markdown) {
        String html = text.toSafeHtml(markdown, Map.of()).toLowerCase(Locale.ROOT);
        // URL schemes are looked for inside tags only: a removed autolink leaves its address behind as inert,
        // escaped text ("<p>javascript:alert(1)</p>"), which is what a learner should see.
        String markup = TAG.matcher(html).results().map(MatchResult::group).collect(Collectors.joining());

        assertThat(html)
                .doesNotContain("<script", "<iframe", "<style", "<svg", "<math", "<object", "<embed", "<form",
                        "<base", "<meta", "<input", "<body")
                .doesNotContainPattern("\\son\\w+\\s*=");
        assertThat(markup).doesNotContain("javascript:", "vbscript:", "data:", "style=", "target=");
    }

    @Test
    void keepsEverydayFormatting() {
        String html = text.toSafeHtml("""
                ## What to look for

                Some **bold**, some *emphasis* and `code`.

                - one
                - two

                3. three
                4. four

                > A quote

                ```
                preformatted
                ```
                """, Map.of());

        assertThat(html).contains("<h2>What to look for</h2>", "<strong>bold</strong>", "<em>emphasis</em>",
                "<code>code</code>", "<ul><li>one</li>", "<ol start=\"3\">", "<blockquote>", "<pre><code>");
    }

    @Test
    void linksOpenSafely() {
        assertThat(text.toSafeHtml("[NSPCC](https://www.nspcc.org.uk)", Map.of()))
                .contains("href=\"https://www.nspcc.org.uk\"", "nofollow", "noopener", "noreferrer");
        assertThat(text.toSafeHtml("[Email](mailto:dsl@example.org) or [call](tel:0300123456)", Map.of()))
                .contains("href=\"mailto:dsl&#64;example.org\"", "href=\"tel:0300123456\"");
    }

    @Test
    void imagesNeedAltTextAndASafeSource() {
        assertThat(text.toSafeHtml("![A flow chart](assets/flow.png)", Map.of()))
                .contains("<img src=\"assets/flow.png\" alt=\"A flow chart\" />");
        // Only the app's own images: the content security policy (img-src 'self') would block another site's.
        assertThat(text.toSafeHtml("![A photo](https://example.org/a.png)", Map.of())).doesNotContain("<img");
        assertThat(text.toSafeHtml("<img src=\"https://example.org/a.png\" alt=\"A photo\">", Map.of())).doesNotContain("<img");
        assertThat(text.toSafeHtml("![](assets/flow.png)", Map.of())).doesNotContain("<img");
        assertThat(text.toSafeHtml("![A photo](http://example.org/a.png)", Map.of())).doesNotContain("<img");
        assertThat(text.toSafeHtml("![A photo](//example.org/a.png)", Map.of())).doesNotContain("<img");
    }

    @Test
    void relativeImagePathsCanBeMappedToTheirServedUrl() {
        String html = text.toSafeHtml("![A flow chart](assets/flow.png) ![Remote](https://example.org/a.png)",
                Map.of(), path -> "/course-assets/abc123/" + path);

        assertThat(html).contains("src=\"/course-assets/abc123/assets/flow.png\"").doesNotContain("example.org");
    }
}
