package uk.safeguarding.training.benchmark;

import java.util.List;

/**
 * One benchmark of {@link Benchmarks}: it measures something about the application and returns its figures.
 * Steps print progress (each run, say) through the printer they are given; the figures they return are printed
 * again in the summary.
 */
public interface BenchmarkStep {

    /** Short, lower case; the prefix of every figure this step returns. */
    String name();

    /** What is measured, in one line, for the output. */
    String description();

    List<Figure> run(BenchmarkSettings settings, BenchmarkPrinter out) throws Exception;

    /** Targets this step's figures should meet; empty when there are none. */
    default List<Target> targets() {
        return List.of();
    }

    /**
     * A figure that should be at most {@code limit} (or at least, when {@code atLeast}); {@code before} is the figure
     * issue 14 measured before the work on it (empty when there is none), printed beside the figure.
     */
    record Target(String figure, double limit, boolean atLeast, String before) {

        Target(String figure, double maximum) {
            this(figure, maximum, false, "");
        }

        static Target atMost(String figure, double maximum, String before) {
            return new Target(figure, maximum, false, before);
        }

        static Target atLeast(String figure, double minimum, String before) {
            return new Target(figure, minimum, true, before);
        }

        boolean met(double value) {
            return atLeast ? value >= limit : value <= limit;
        }
    }
}
