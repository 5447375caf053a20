package uk.safeguarding.training.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The course folders under src/test/resources, found on the test classpath. */
final class CourseFixtures {

    private CourseFixtures() {
    }

    /** The smallest valid course; every broken fixture is a copy of it with one defect. */
    static Path minimal() {
        return resource("/courses-valid/minimal");
    }

    /** The minimal course with one scenario (scenarios/01-first-scenario.yaml) in its first module. */
    static Path withScenario() {
        return resource("/courses-valid/with-scenario");
    }

    /** A scenario file with one defect, to drop into a copy of {@link #withScenario()}. */
    static Path brokenScenario(String name) {
        return resource("/scenarios-broken/" + name + ".yaml");
    }

    static Path broken(String name) {
        return resource("/courses-broken/" + name);
    }

    /** A writable copy of the minimal course, for tests that change files. */
    static Path copyOfMinimal(Path target) {
        return copy(minimal(), target);
    }

    /** A writable copy of a course folder. */
    static Path copy(Path source, Path target) {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private static Path resource(String name) {
        URL url = CourseFixtures.class.getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no test fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
