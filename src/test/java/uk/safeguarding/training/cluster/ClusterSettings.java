package uk.safeguarding.training.cluster;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one cluster run uses, from system properties set by the {@code cluster} Maven profile (see pom.xml).
 *
 * <p>Ports come from one base ({@code cluster.portBase}, default 8300), so runs of several people on one machine do
 * not collide: the instances listen on base, base+1, ...; HAProxy on base+10 (its statistics page on base+11); the
 * SMTP sink on base+20. {@code cluster.ports}, {@code cluster.haproxyPort} and {@code cluster.smtpPort} override.
 *
 * @param rampSeconds   learners of a ladder step arrive spread evenly over this many seconds (people do not all
 *                      press Sign in in the same second); 0 is a burst
 * @param burstLearners learners of the burst phase, who all press Sign in at once; 0 skips it
 * @param passwordChecks password checks at once per instance (training.identity.password-checks.concurrent); 0 leaves
 *                      the application's default (half the processors)
 */
record ClusterSettings(Path project, Path work, Path jar, String java, String heap, Map<String, Integer> ports,
                       int haproxyPort, int smtpPort, String databaseUrl, String databaseUser, String databasePassword,
                       List<Integer> learnerSteps, int killLearners, int rollingLearners, long thinkMillis,
                       int phaseSeconds, int jobPeople, int rampSeconds, int burstLearners, int passwordChecks) {

    static final int DEFAULT_PORT_BASE = 8300;

    static ClusterSettings fromSystemProperties() {
        int base = Integer.parseInt(get("cluster.portBase", Integer.toString(DEFAULT_PORT_BASE)));
        Map<String, Integer> ports = new LinkedHashMap<>();
        String[] instancePorts = get("cluster.ports", base + "," + (base + 1)).split(",");
        for (int i = 0; i < instancePorts.length; i++) {
            ports.put("app" + (i + 1), Integer.parseInt(instancePorts[i].trim()));
        }
        List<Integer> steps = Arrays.stream(get("cluster.learners", "50,100,250,500").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        return new ClusterSettings(Path.of(get("cluster.project", ".")).toAbsolutePath(),
                Path.of(get("cluster.work", "target/cluster")).toAbsolutePath(), Path.of(get("cluster.jar", "")),
                get("cluster.java", "java"), get("cluster.heap", "768m"), ports,
                Integer.parseInt(get("cluster.haproxyPort", Integer.toString(base + 10))),
                Integer.parseInt(get("cluster.smtpPort", Integer.toString(base + 20))),
                get("cluster.databaseUrl", "jdbc:postgresql://localhost:5432/training_h_cluster_run"),
                get("cluster.databaseUser", "training"), get("cluster.databasePassword", "training"),
                steps, Integer.parseInt(get("cluster.killLearners", "60")), Integer.parseInt(get("cluster.rollingLearners", "60")),
                Long.parseLong(get("cluster.thinkMillis", "1000")), Integer.parseInt(get("cluster.phaseSeconds", "180")),
                Integer.parseInt(get("cluster.jobPeople", "20")), Integer.parseInt(get("cluster.rampSeconds", "60")),
                Integer.parseInt(get("cluster.burstLearners", Integer.toString(steps.getLast()))),
                Integer.parseInt(get("cluster.passwordChecks", "0")));
    }

    private static String get(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
