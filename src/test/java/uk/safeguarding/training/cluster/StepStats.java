package uk.safeguarding.training.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per step (sign-in, my-training, page-turn, ...): how many steps, HTTP requests and errors, and each step's
 * latency as the learner felt it (all requests of the step). Thread-safe: virtual threads record into it at once.
 */
final class StepStats {

    static final class Step {
        final List<Long> micros = new ArrayList<>();
        final AtomicLong requests = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final AtomicLong sessionsLost = new AtomicLong();
    }

    private final Map<String, Step> steps = new ConcurrentHashMap<>();
    private final long startedAt = System.nanoTime();
    private volatile long endedAt;

    Step step(String name) {
        return steps.computeIfAbsent(name, n -> new Step());
    }

    void record(String name, long nanos) {
        Step step = step(name);
        synchronized (step) {
            step.micros.add(nanos / 1000);
        }
    }

    void request(String name) {
        step(name).requests.incrementAndGet();
    }

    void error(String name) {
        step(name).errors.incrementAndGet();
    }

    void sessionLost(String name) {
        step(name).sessionsLost.incrementAndGet();
    }

    void end() {
        endedAt = System.nanoTime();
    }

    double seconds() {
        return ((endedAt == 0 ? System.nanoTime() : endedAt) - startedAt) / 1e9;
    }

    long errors() {
        return steps.values().stream().mapToLong(s -> s.errors.get()).sum();
    }

    long errors(String name) {
        Step step = steps.get(name);
        return step == null ? 0 : step.errors.get();
    }

    /** The q-th percentile (0-100) of a step's latency in milliseconds, or NaN when the step never ran. */
    double percentile(String name, double q) {
        Step step = steps.get(name);
        if (step == null) {
            return Double.NaN;
        }
        List<Long> sorted;
        synchronized (step) {
            sorted = new ArrayList<>(step.micros);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        sorted.sort(null);
        int index = (int) Math.ceil(q / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1000.0;
    }

    /** Prints every step as name=value unit lines under a prefix such as {@code load.n100}. */
    void print(Figures out, String prefix) {
        double seconds = seconds();
        for (var entry : new TreeMap<>(steps).entrySet()) {
            String name = prefix + "." + entry.getKey();
            Step step = entry.getValue();
            int count;
            synchronized (step) {
                count = step.micros.size();
            }
            out.figure(name + ".steps", count, "steps");
            out.figure(name + ".requests", step.requests.get(), "requests");
            out.figure(name + ".errors", step.errors.get(), "errors");
            if (step.sessionsLost.get() > 0) {
                out.figure(name + ".sessions_lost", step.sessionsLost.get(), "sessions");
            }
            if (count > 0) {
                out.figure(name + ".p50", percentile(entry.getKey(), 50), "ms");
                out.figure(name + ".p95", percentile(entry.getKey(), 95), "ms");
                out.figure(name + ".p99", percentile(entry.getKey(), 99), "ms");
                out.figure(name + ".throughput", count / seconds, "steps/s");
            }
        }
        out.figure(prefix + ".duration", seconds, "s");
    }

    static String format(double value) {
        return String.format(Locale.ROOT, value == Math.rint(value) && Math.abs(value) < 1e15 ? "%.0f" : "%.2f", value);
    }
}
