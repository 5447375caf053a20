package uk.safeguarding.training.content.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import uk.safeguarding.training.content.CourseProblem;
import uk.safeguarding.training.content.CourseReadResult;
import uk.safeguarding.training.course.AssetDefinition;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.ScenarioDefinition;

/**
 * Reads a whole course folder: course.yaml first (it names the modules and sources everything else refers to),
 * then each module file, then questions.yaml, then the rules that span files. Nothing stops at the first
 * problem; the course is built only when there are none, and only then is the assessment-quality report run
 * (its warnings need the whole course, and never stop it).
 */
public final class CourseFolderParser {

    private static final String MODULES = "modules/";

    public CourseReadResult read(Path folder) {
        if (!Files.isDirectory(folder)) {
            return new CourseReadResult(null,
                    List.of(new CourseProblem(folder.toString(), 0, "course folder not found")), null);
        }
        CourseFiles files = CourseFiles.read(folder);
        return read(files);
    }

    CourseReadResult read(CourseFiles files) {
        Problems problems = new Problems();
        String hash = ContentHash.of(files);
        List<AssetDefinition> assets = AssetReader.read(files, problems);
        CourseHeader header = CourseYamlReader.read(files, problems).orElse(null);
        Set<String> sourceIds = header == null ? null : header.sourceIds();
        List<String> moduleIds = header == null ? null : header.moduleIdList();

        Set<String> assetPaths = assets.stream().map(AssetDefinition::path).collect(Collectors.toSet());
        ModuleFileReader moduleReader = new ModuleFileReader(sourceIds, assetPaths, problems);
        List<ModuleDefinition> modules = readModules(files, header, moduleReader, problems);
        List<ScenarioDefinition> scenarios = ScenarioFiles.read(files, modules, moduleReader.scenarioReferences(),
                new ScenarioFileReader(sourceIds, assetPaths, problems), problems);
        if (header != null && header.scenarioSettings().inAssessment() && scenarios.isEmpty()) {
            problems.add(CourseYamlReader.FILE, 0, "scenarios: inAssessment is true but the course has no scenarios"
                    + " to draw from; list one in a module's front matter or set it to false");
        }
        QuestionBank bank = new QuestionsYamlReader(moduleIds, sourceIds, problems).read(files);
        if (header != null) {
            CourseRules.check(header, bank, problems);
        }
        if (!problems.isEmpty() || header == null) {
            return new CourseReadResult(null, problems.sorted(), hash);
        }
        CourseDefinition course = new CourseDefinition(header.id(), header.title(), header.summary(),
                header.audience(), header.estimatedMinutes(), header.passMark(),
                header.questionsPerAttempt().value(), header.validityMonths(), header.attemptPolicy(),
                header.sources(), modules, bank.questions(), bank.knowledgeChecks(), assets, header.contentChecked(),
                scenarios, header.scenarioSettings());
        return new CourseReadResult(course, List.of(), hash, AssessmentQuality.check(course, bank));
    }

    private static List<ModuleDefinition> readModules(CourseFiles files, CourseHeader header, ModuleFileReader reader,
                                                      Problems problems) {
        List<String> present = files.all().keySet().stream().filter(CourseFolderParser::isModuleFile)
                .map(file -> file.substring(MODULES.length(), file.length() - ".md".length())).toList();
        // Without a readable course.yaml the module files are still checked, in file name order.
        List<String> order = header == null ? present : header.moduleIdList();
        List<ModuleDefinition> modules = new ArrayList<>();
        for (String id : order) {
            String file = MODULES + id + ".md";
            if (files.exists(file)) {
                files.text(file, problems).ifPresent(text -> modules.add(reader.read(file, id, text)));
            }
        }
        if (header != null) {
            for (Located<String> id : header.moduleIds()) {
                if (!present.contains(id.value())) {
                    problems.add(CourseYamlReader.FILE, id.line(), "module '" + id.value() + "' has no file "
                            + MODULES + id.value() + ".md");
                }
            }
            present.stream().filter(id -> !order.contains(id)).forEach(id -> problems.add(MODULES + id + ".md", 0,
                    "module file is not listed in course.yaml modules; add '" + id
                            + "' there (in learning order) or remove the file"));
        }
        return modules;
    }

    private static boolean isModuleFile(String path) {
        return path.startsWith(MODULES) && path.endsWith(".md") && path.indexOf('/', MODULES.length()) < 0;
    }
}
