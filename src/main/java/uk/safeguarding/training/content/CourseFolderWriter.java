package uk.safeguarding.training.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import uk.safeguarding.training.content.CoursePart.Kind;
import uk.safeguarding.training.content.WrittenCourse.Region;
import uk.safeguarding.training.course.AssetDefinition;
import uk.safeguarding.training.course.AttemptPolicy;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.OptionDefinition;
import uk.safeguarding.training.course.PageDefinition;
import uk.safeguarding.training.course.QuestionDefinition;
import uk.safeguarding.training.course.QuestionType;
import uk.safeguarding.training.course.ScenarioDefinition;
import uk.safeguarding.training.course.ScenarioSettings;
import uk.safeguarding.training.course.SourceDefinition;

/**
 * Writes a course as a folder in the format of docs/course-format.md, in one canonical layout: reading the folder
 * back gives the same course (for any course the reader produced), and any course, however unfinished, is written
 * so that the reader reports its gaps with the reader's own messages. Stateless; needs no Spring.
 */
public final class CourseFolderWriter {

    static final String COURSE = "course.yaml";
    static final String QUESTIONS = "questions.yaml";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Markdown punctuation that would change a heading's text: emphasis, code, links, HTML, entities, closing #s. */
    private static final String HEADING_SPECIALS = "\\`*_[]<>&!#";

    public WrittenCourse write(CourseDefinition course) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Region> regions = new ArrayList<>();
        files.put(COURSE, courseYaml(course, regions));
        Set<String> written = new HashSet<>();
        for (int i = 0; i < course.modules().size(); i++) {
            ModuleDefinition module = course.modules().get(i);
            // A module whose id is not a valid file name is reported against course.yaml; its file waits for the fix.
            if (module.id() != null && ID.matcher(module.id()).matches() && written.add(module.id())) {
                String file = "modules/" + module.id() + ".md";
                files.put(file, moduleFile(file, i, module, regions));
            }
        }
        files.put(QUESTIONS, questionsYaml(course, regions));
        for (int i = 0; i < course.scenarios().size(); i++) {
            ScenarioDefinition scenario = course.scenarios().get(i);
            if (scenario.id() != null && ID.matcher(scenario.id()).matches() && written.add("scenario:" + scenario.id())) {
                String file = "scenarios/" + scenario.id() + ".yaml";
                files.put(file, ScenarioFileWriter.write(file, i, scenario, regions));
            }
        }
        for (int i = 0; i < course.assets().size(); i++) {
            AssetDefinition asset = course.assets().get(i);
            if (CourseFileSet.safe(asset.path())) {
                files.put(asset.path(), asset.bytes());
                regions.add(new Region(asset.path(), 0, 0, CoursePart.of(Kind.ASSETS, i)));
            }
        }
        return new WrittenCourse(CourseFileSet.of(files), regions);
    }

    private static byte[] courseYaml(CourseDefinition course, List<Region> regions) {
        Lines out = new Lines(COURSE, regions, CoursePart.course(null));
        out.field("", "id", YamlScalars.block(course.id()), CoursePart.course("id"));
        out.field("", "title", YamlScalars.block(course.title()), CoursePart.course("title"));
        out.field("", "summary", YamlScalars.block(course.summary()), CoursePart.course("summary"));
        out.field("", "audience", YamlScalars.block(course.audience()), CoursePart.course("audience"));
        out.field("", "estimatedMinutes", String.valueOf(course.estimatedMinutes()), CoursePart.course("estimatedMinutes"));
        out.field("", "passMark", String.valueOf(course.passMark()), CoursePart.course("passMark"));
        out.field("", "questionsPerAttempt", String.valueOf(course.questionsPerAttempt()),
                CoursePart.course("questionsPerAttempt"));
        out.field("", "validityMonths", String.valueOf(course.validityMonths()), CoursePart.course("validityMonths"));
        AttemptPolicy policy = course.attemptPolicy();
        if (!policy.equals(AttemptPolicy.UNLIMITED)) {
            out.line("attemptPolicy:");
            out.field("  ", "maxAttempts", String.valueOf(policy.maxAttempts()), CoursePart.course("maxAttempts"));
            out.field("  ", "waitMinutes", String.valueOf(policy.waitMinutes()), CoursePart.course("waitMinutes"));
        }
        if (course.contentChecked() != null) {
            out.field("", "contentChecked", course.contentChecked().toString(), CoursePart.course("contentChecked"));
        }
        out.list("modules", course.modules().isEmpty(), CoursePart.course("modules"));
        for (int i = 0; i < course.modules().size(); i++) {
            out.field("  ", "-", YamlScalars.block(course.modules().get(i).id()),
                    CoursePart.of(Kind.MODULE, i).field("id"));
        }
        out.list("sources", course.sources().isEmpty(), CoursePart.course("sources"));
        for (int i = 0; i < course.sources().size(); i++) {
            SourceDefinition source = course.sources().get(i);
            CoursePart part = CoursePart.of(Kind.SOURCE, i);
            int from = out.next();
            out.line("  - id: " + YamlScalars.block(source.id()));
            out.field("    ", "title", YamlScalars.block(source.title()), part.field("title"));
            out.field("    ", "publisher", YamlScalars.block(source.publisher()), part.field("publisher"));
            if (source.url() != null && !source.url().isBlank()) {
                out.field("    ", "url", YamlScalars.block(source.url()), part.field("url"));
            }
            if (source.checked() != null) {
                out.field("    ", "checked", source.checked().toString(), part.field("checked"));
            }
            out.region(from, part);
        }
        // Only the settings that are on, as a hand-written course.yaml says them; both off is the default (no block),
        // so a course that never mentions scenarios writes as it did before scenarios existed.
        ScenarioSettings settings = course.scenarioSettings();
        if (settings.goodEndingRequired() || settings.inAssessment()) {
            out.line("scenarios:");
            if (settings.goodEndingRequired()) {
                out.field("  ", "goodEndingRequired", "true", CoursePart.course("scenarios"));
            }
            if (settings.inAssessment()) {
                out.field("  ", "inAssessment", "true", CoursePart.course("scenarios"));
            }
        }
        return out.bytes();
    }

    private static byte[] moduleFile(String file, int index, ModuleDefinition module, List<Region> regions) {
        CoursePart part = CoursePart.of(Kind.MODULE, index);
        Lines out = new Lines(file, regions, part);
        out.line("---");
        out.field("", "title", YamlScalars.block(oneLine(module.title())), part.field("title"));
        out.list("objectives", module.objectives().isEmpty(), part.field("objectives"));
        for (int i = 0; i < module.objectives().size(); i++) {
            out.field("  ", "-", YamlScalars.block(module.objectives().get(i)), part.field("objectives").sub(i));
        }
        out.field("", "sources", module.sourceIds().stream().map(YamlScalars::flowItem)
                .collect(Collectors.joining(", ", "[", "]")), part.field("sources"));
        if (!module.scenarioIds().isEmpty()) {
            out.field("", "scenarios", module.scenarioIds().stream().map(YamlScalars::flowItem)
                    .collect(Collectors.joining(", ", "[", "]")), part.field("scenarios"));
        }
        out.line("---");
        for (int p = 0; p < module.pages().size(); p++) {
            PageDefinition page = module.pages().get(p);
            CoursePart pagePart = new CoursePart(Kind.PAGE, index, p, null);
            out.line("");
            int from = out.next();
            out.field("", "#", headingText(page.title()), pagePart.field("title"));
            String ids = page.sourceIds().stream().filter(Objects::nonNull).map(String::strip)
                    .filter(id -> !id.isEmpty()).collect(Collectors.joining(", "));
            out.field("", "Sources:", ids, pagePart.field("sources"));
            String body = page.markdown() == null ? "" : page.markdown().replace("\r\n", "\n").strip();
            if (!body.isEmpty()) {
                out.line("");
                int bodyFrom = out.next();
                body.lines().forEach(out::line);
                out.region(bodyFrom, pagePart.field("markdown"));
            }
            out.region(from, pagePart);
        }
        return out.bytes();
    }

    private static byte[] questionsYaml(CourseDefinition course, List<Region> regions) {
        Lines out = new Lines(QUESTIONS, regions, CoursePart.of(Kind.QUESTIONS, -1));
        questions(out, "questions", course.questions(), Kind.QUESTION);
        questions(out, "knowledgeChecks", course.knowledgeChecks(), Kind.KNOWLEDGE_CHECK);
        return out.bytes();
    }

    private static void questions(Lines out, String key, List<QuestionDefinition> questions, Kind kind) {
        out.list(key, questions.isEmpty(), CoursePart.of(Kind.QUESTIONS, -1).field(key));
        for (int i = 0; i < questions.size(); i++) {
            QuestionDefinition q = questions.get(i);
            CoursePart part = CoursePart.of(kind, i);
            int from = out.next();
            out.line("  - id: " + YamlScalars.block(q.id()));
            out.field("    ", "module", YamlScalars.block(q.moduleId()), part.field("module"));
            out.field("    ", "source", YamlScalars.block(q.sourceId()), part.field("source"));
            out.field("    ", "type", q.type() == QuestionType.MULTIPLE ? "multiple"
                    : q.type() == QuestionType.SINGLE ? "single" : "\"\"", part.field("type"));
            out.field("    ", "scenario", YamlScalars.block(q.scenario()), part.field("scenario"));
            out.field("    ", "prompt", YamlScalars.block(q.prompt()), part.field("prompt"));
            out.list("    options", q.options().isEmpty(), part.field("options"));
            for (int o = 0; o < q.options().size(); o++) {
                OptionDefinition option = q.options().get(o);
                int optionFrom = out.next();
                out.line("      - text: " + YamlScalars.block(option.text()));
                out.field("        ", "correct", String.valueOf(option.correct()), part.field("correct").sub(o));
                out.field("        ", "feedback", YamlScalars.block(option.feedback()), part.field("feedback").sub(o));
                out.region(optionFrom, part.field("options").sub(o));
            }
            out.region(from, part);
        }
    }

    /**
     * The heading's text as CommonMark will read it back: punctuation escaped, on one line. Placeholders are left
     * as they are, since the placeholder check reads the raw line (their names hold only letters, dots and
     * underscores, and an underscore inside a word is never emphasis).
     */
    static String headingText(String title) {
        String line = oneLine(title);
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher placeholder = Placeholder.PATTERN.matcher(line);
        int at = 0;
        while (placeholder.find()) {
            escape(line.substring(at, placeholder.start()), out);
            out.append(placeholder.group());
            at = placeholder.end();
        }
        escape(line.substring(at), out);
        return out.toString();
    }

    private static void escape(String text, StringBuilder out) {
        for (char c : text.toCharArray()) {
            if (HEADING_SPECIALS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /** Text built line by line, remembering which lines hold which part. */
    static final class Lines {

        private final String file;
        private final List<Region> regions;
        private final StringBuilder text = new StringBuilder();
        private int count;

        Lines(String file, List<Region> regions, CoursePart wholeFile) {
            this.file = file;
            this.regions = regions;
            regions.add(new Region(file, 0, 0, wholeFile));
        }

        int next() {
            return count + 1;
        }

        void line(String line) {
            text.append(line).append('\n');
            count++;
        }

        void field(String indent, String key, String value, CoursePart part) {
            int at = next();
            boolean marker = key.equals("-") || key.equals("#") || key.endsWith(":");
            String start = indent + key + (marker ? "" : ":");
            line(value.isEmpty() ? start : start + " " + value);
            region(at, part);
        }

        /** A list's key; an empty list is written as {@code []} so the reader says it must not be empty. */
        void list(String key, boolean empty, CoursePart part) {
            int at = next();
            line(empty ? key + ": []" : key + ":");
            region(at, part);
        }

        void region(int from, CoursePart part) {
            regions.add(new Region(file, from, count, part));
        }

        byte[] bytes() {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
