package uk.safeguarding.training.benchmark;

import java.io.PrintStream;

/** Where benchmark output goes: figures as {@code name=value unit}, notes prefixed with {@code #}. */
public final class BenchmarkPrinter {

    private final PrintStream out;

    BenchmarkPrinter(PrintStream out) {
        this.out = out;
    }

    public void figure(Figure figure) {
        out.println(figure);
        out.flush();
    }

    public void note(String text) {
        out.println("# " + text);
        out.flush();
    }
}
