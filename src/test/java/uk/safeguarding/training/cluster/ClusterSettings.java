package uk.safeguarding.training.cluster;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one cluster run uses, from system properties set by the {@code cluster} Maven profile (see pom.xml). */
record ClusterSettings(Path project, Path work, Path jar, String java, String heap, Map<String, Integer> ports,
                       int haproxyPort, int smtpPort, String databaseUrl, String databaseUser, String databasePassword,
                       List<Integer> learnerSteps, int killLearners, int rollingLearners, long thinkMillis,
                       int phaseSeconds, int jobPeople) {

    static ClusterSettings fromSystemProperties() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        String[] instancePorts = get("cluster.ports", "8186,8187").split(",");
        for (int i = 0; i < instancePorts.length; i++) {
            ports.put("app" + (i + 1), Integer.parseInt(instancePorts[i].trim()));
        }
        return new ClusterSettings(Path.of(get("cluster.project", ".")).toAbsolutePath(),
                Path.of(get("cluster.work", "target/cluster")).toAbsolutePath(), Path.of(get("cluster.jar", "")),
                get("cluster.java", "java"), get("cluster.heap", "768m"), ports,
                Integer.parseInt(get("cluster.haproxyPort", "8190")), Integer.parseInt(get("cluster.smtpPort", "3025")),
                get("cluster.databaseUrl", "jdbc:postgresql://localhost:5432/training_h_cluster_run"),
                get("cluster.databaseUser", "training"), get("cluster.databasePassword", "training"),
                Arrays.stream(get("cluster.learners", "50,100,250,500").split(",")).map(String::trim).map(Integer::parseInt).toList(),
                Integer.parseInt(get("cluster.killLearners", "60")), Integer.parseInt(get("cluster.rollingLearners", "60")),
                Long.parseLong(get("cluster.thinkMillis", "1000")), Integer.parseInt(get("cluster.phaseSeconds", "180")),
                Integer.parseInt(get("cluster.jobPeople", "20")));
    }

    private static String get(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
