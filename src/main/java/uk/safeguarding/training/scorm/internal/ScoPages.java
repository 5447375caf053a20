package uk.safeguarding.training.scorm.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import uk.safeguarding.training.content.CourseText;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.OptionDefinition;
import uk.safeguarding.training.course.PageDefinition;
import uk.safeguarding.training.course.QuestionDefinition;
import uk.safeguarding.training.course.SourceDefinition;

/**
 * The HTML of the SCOs. Page text goes through {@link CourseText}, the renderer and sanitiser the app itself uses,
 * so the package shows exactly what the app shows and nothing the sanitiser would drop; question text travels as
 * JSON data and the script puts it into the page as text only, never as markup.
 */
public final class ScoPages {

    public static final String SCRIPT = "sco.js";
    public static final String STYLES = "sco.css";

    private static final CourseText TEXT = new CourseText();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final CourseDefinition course;
    private final int versionNumber;
    private final Map<String, String> values;

    public ScoPages(CourseDefinition course, int versionNumber, Map<String, String> placeholderValues) {
        this.course = course;
        this.versionNumber = versionNumber;
        this.values = Map.copyOf(placeholderValues);
    }

    public String module(int index) {
        ModuleDefinition module = course.modules().get(index);
        String heading = "Module " + (index + 1) + ": " + text(module.title());
        StringBuilder html = head(heading, "module");
        html.append("<h1>").append(Xml.escape(heading)).append("</h1>\n");
        List<PageDefinition> pages = module.pages();
        for (int p = 0; p < pages.size(); p++) {
            page(html, module, p);
        }
        html.append("<section class=\"sco-check\" hidden aria-labelledby=\"check-title\">\n")
                .append("<h2 id=\"check-title\" tabindex=\"-1\">Knowledge check</h2>\n")
                .append("<p>Answer each question to see feedback at once. It is not graded.</p>\n")
                .append("<div class=\"sco-questions\"></div>\n</section>\n")
                .append("<p class=\"sco-complete\" role=\"status\"></p>\n")
                .append("<nav class=\"sco-nav\" aria-label=\"Pages\">")
                .append("<button type=\"button\" data-go=\"previous\">Previous page</button>")
                .append("<p class=\"sco-position\"></p>")
                .append("<button type=\"button\" data-go=\"next\" class=\"primary\">Next page</button></nav>\n");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", "module");
        data.put("pages", pages.size());
        data.put("checks", questions(course.knowledgeChecks().stream().filter(q -> q.moduleId().equals(module.id())).toList()));
        return tail(html, data);
    }

    public String assessment() {
        StringBuilder html = head("Final assessment", "assessment");
        html.append("<h1>Final assessment</h1>\n")
                .append("<p>").append(Math.min(course.questionsPerAttempt(), course.questions().size()))
                .append(" questions drawn at random, covering every module. A question is right when you choose every"
                        + " correct option and no wrong one. The pass mark is ").append(course.passMark())
                .append("%.</p>\n<section class=\"sco-attempt\" aria-labelledby=\"attempt-title\">\n")
                .append("<h2 id=\"attempt-title\" tabindex=\"-1\">Questions</h2>\n<form class=\"sco-questions\" novalidate></form>\n")
                .append("</section>\n<section class=\"sco-result\" hidden aria-labelledby=\"result-title\">\n")
                .append("<h2 id=\"result-title\" tabindex=\"-1\">Your result</h2>\n<div class=\"sco-result-body\"></div>\n</section>\n");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", "assessment");
        data.put("passMark", course.passMark());
        data.put("perAttempt", Math.min(course.questionsPerAttempt(), course.questions().size()));
        List<Map<String, Object>> modules = new ArrayList<>();
        for (int i = 0; i < course.modules().size(); i++) {
            Map<String, Object> module = new LinkedHashMap<>();
            module.put("id", course.modules().get(i).id());
            module.put("title", "Module " + (i + 1) + ": " + text(course.modules().get(i).title()));
            modules.add(module);
        }
        data.put("modules", modules);
        data.put("questions", questions(course.questions()));
        return tail(html, data);
    }

    private void page(StringBuilder html, ModuleDefinition module, int index) {
        PageDefinition page = module.pages().get(index);
        String id = "page-" + (index + 1);
        html.append("<section class=\"sco-page\" hidden aria-labelledby=\"").append(id).append("-title\">\n")
                .append("<h2 id=\"").append(id).append("-title\" tabindex=\"-1\">").append(Xml.escape(text(page.title())))
                .append("</h2>\n");
        if (index == 0 && !module.objectives().isEmpty()) {
            html.append("<h3>In this module you will learn to</h3>\n<ul class=\"module-objectives\">");
            module.objectives().forEach(o -> html.append("<li>").append(Xml.escape(text(o))).append("</li>"));
            html.append("</ul>\n");
        }
        // Image paths stay relative (assets/x.png), which is where the package keeps the course's assets.
        html.append("<div class=\"page-body\">").append(TEXT.toSafeHtml(page.markdown(), values)).append("</div>\n");
        List<SourceDefinition> sources = page.sourceIds().stream().flatMap(s -> course.source(s).stream()).toList();
        if (!sources.isEmpty()) {
            html.append("<h3>Sources for this page</h3>\n<ul class=\"page-sources\">");
            for (SourceDefinition source : sources) {
                html.append("<li>");
                if (source.url() != null && source.url().matches("(?i)https?://\\S+")) {
                    html.append("<a href=\"").append(Xml.escape(source.url()))
                            .append("\" target=\"_blank\" rel=\"noopener noreferrer\">").append(Xml.escape(source.title()))
                            .append("</a>");
                } else {
                    html.append(Xml.escape(source.title()));
                }
                html.append(", ").append(Xml.escape(source.publisher())).append("</li>");
            }
            html.append("</ul>\n");
        }
        LocalDate checked = course.contentChecked();
        if (checked != null) {
            html.append("<p class=\"content-checked\">Content checked: ").append(DATE.format(checked)).append("</p>\n");
        }
        html.append("</section>\n");
    }

    private List<Map<String, Object>> questions(List<QuestionDefinition> questions) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (QuestionDefinition question : questions) {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("id", question.id());
            q.put("module", question.moduleId());
            q.put("multiple", question.type() == uk.safeguarding.training.course.QuestionType.MULTIPLE);
            q.put("scenario", text(question.scenario()));
            q.put("prompt", text(question.prompt()));
            List<Map<String, Object>> options = new ArrayList<>();
            for (OptionDefinition option : question.options()) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("text", text(option.text()));
                o.put("correct", option.correct());
                o.put("feedback", text(option.feedback()));
                options.add(o);
            }
            q.put("options", options);
            result.add(q);
        }
        return result;
    }

    private String text(String courseText) {
        return TEXT.plainText(courseText, values);
    }

    private StringBuilder head(String title, String kind) {
        StringBuilder html = new StringBuilder(32_768);
        return html.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Xml.escape(title + " | " + text(course.title()))).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(STYLES).append("\">\n</head>\n<body>\n")
                .append("<main class=\"sco\" data-kind=\"").append(kind).append("\">\n")
                .append("<p class=\"sco-where\">").append(Xml.escape(text(course.title()))).append(", version ")
                .append(versionNumber).append("</p>\n")
                .append("<p class=\"sco-lms\" role=\"status\"></p>\n");
    }

    private static String tail(StringBuilder html, Map<String, Object> data) {
        // Inside <script>, only "</script" or "<!--" could end or confuse the element; as \\u escapes the JSON
        // means the same and the HTML parser never sees a tag.
        String json = JSON.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026");
        return html.append("<script type=\"application/json\" id=\"sco-data\">").append(json).append("</script>\n")
                .append("<script src=\"").append(SCRIPT).append("\"></script>\n</main>\n</body>\n</html>\n").toString();
    }

    public static byte[] resource(String name) {
        try (InputStream in = ScoPages.class.getResourceAsStream("/scorm/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource /scorm/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
