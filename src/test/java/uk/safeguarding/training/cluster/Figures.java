package uk.safeguarding.training.cluster;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints {@code name=value unit} lines, and the checks that decide the exit code. Every figure carries the
 * machine's load average beside it in a comment line at each block, because the machine is shared.
 */
final class Figures {

    private final List<String> failures = new ArrayList<>();

    void figure(String name, double value, String unit) {
        System.out.println(name + "=" + StepStats.format(value) + " " + unit);
    }

    void text(String name, String value) {
        System.out.println(name + "=" + value);
    }

    /** Load average of the whole machine (1, 5, 15 minutes), printed with each block of figures. */
    void loadAverage(String prefix) {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            figure(prefix + ".loadavg1", Double.parseDouble(parts[0]), "load");
            figure(prefix + ".loadavg5", Double.parseDouble(parts[1]), "load");
        } catch (IOException | RuntimeException e) {
            figure(prefix + ".loadavg1", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), "load");
        }
    }

    /** A scenario condition: printed as check.name=held|FAILED, and a failure makes the command exit non-zero. */
    boolean check(String name, boolean held, String detail) {
        System.out.println("check." + name + "=" + (held ? "held" : "FAILED") + (detail.isEmpty() ? "" : " (" + detail + ")"));
        if (!held) {
            failures.add(name + (detail.isEmpty() ? "" : ": " + detail));
        }
        return held;
    }

    List<String> failures() {
        return failures;
    }
}
