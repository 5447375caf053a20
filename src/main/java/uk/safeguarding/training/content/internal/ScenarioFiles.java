package uk.safeguarding.training.content.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.ScenarioDefinition;

/**
 * The scenarios of a course: each file under scenarios/ must be listed by exactly one module, and each module's
 * listed scenario must have a file. Returned in learning order (module by module, as each module lists them).
 */
final class ScenarioFiles {

    private ScenarioFiles() {
    }

    static List<ScenarioDefinition> read(CourseFiles files, List<ModuleDefinition> modules,
                                         List<Located<String>> references, ScenarioFileReader reader,
                                         Problems problems) {
        Map<String, String> referencedBy = new HashMap<>();
        Map<String, Integer> referenceLine = new HashMap<>();
        List<String> ordered = new ArrayList<>();
        int at = 0;
        for (ModuleDefinition module : modules) {
            String moduleFile = "modules/" + module.id() + ".md";
            for (String id : module.scenarioIds()) {
                int line = at < references.size() ? references.get(at).line() : 0;
                at++;
                String first = referencedBy.putIfAbsent(id, module.id());
                if (first != null) {
                    problems.add(moduleFile, line, "scenario '" + id + "' is already listed by module '" + first
                            + "': a scenario belongs to one module");
                    continue;
                }
                referenceLine.put(id, line);
                ordered.add(id);
                if (!files.exists(ScenarioFileReader.file(id))) {
                    problems.add(moduleFile, line, "scenario '" + id + "' has no file " + ScenarioFileReader.file(id));
                }
            }
        }
        Set<String> present = files.all().keySet().stream().filter(ScenarioFiles::isScenarioFile)
                .collect(Collectors.toSet());
        for (String file : present) {
            String id = file.substring(ScenarioFileReader.FOLDER.length(), file.length() - ".yaml".length());
            if (!referencedBy.containsKey(id)) {
                problems.add(file, 0, "scenario file is not listed by any module; add 'scenarios: [" + id
                        + "]' to the front matter of the module it belongs to, or remove the file");
            }
        }
        files.all().keySet().stream().filter(f -> f.startsWith(ScenarioFileReader.FOLDER) && !isScenarioFile(f))
                .forEach(f -> problems.add(f, 0, "only scenario files named like scenarios/01-name.yaml belong in"
                        + " scenarios/"));
        Map<String, ScenarioDefinition> read = new LinkedHashMap<>();
        for (String id : ordered) {
            String file = ScenarioFileReader.file(id);
            files.text(file, problems).flatMap(text -> reader.read(file, id, text))
                    .ifPresent(scenario -> read.put(id, scenario));
        }
        return List.copyOf(read.values());
    }

    private static boolean isScenarioFile(String path) {
        return path.startsWith(ScenarioFileReader.FOLDER) && path.endsWith(".yaml")
                && path.indexOf('/', ScenarioFileReader.FOLDER.length()) < 0;
    }
}
