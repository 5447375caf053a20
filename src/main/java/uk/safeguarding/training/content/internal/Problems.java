package uk.safeguarding.training.content.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import uk.safeguarding.training.content.CourseProblem;

/** Collects problems instead of throwing, so an author sees every mistake in one run. */
final class Problems {

    private final Set<CourseProblem> problems = new LinkedHashSet<>();

    void add(String file, int line, String message) {
        problems.add(new CourseProblem(file, Math.max(0, line), message));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    int size() {
        return problems.size();
    }

    /** Sorted by file then line; the sort is stable, so problems on one line keep the order they were found in. */
    List<CourseProblem> sorted() {
        List<CourseProblem> list = new ArrayList<>(problems);
        list.sort(Comparator.comparing(CourseProblem::file).thenComparingInt(CourseProblem::line));
        return List.copyOf(list);
    }
}
