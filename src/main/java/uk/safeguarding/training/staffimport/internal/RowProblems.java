package uk.safeguarding.training.staffimport.internal;

import java.util.ArrayList;
import java.util.List;

/** Every reason one row of the file is refused, each phrased as "Row 7, name: ..." so the administrator can find it. */
final class RowProblems {

    private final int row;
    private final List<String> list = new ArrayList<>();

    RowProblems(int row) {
        this.row = row;
    }

    void add(String column, String message) {
        list.add("Row " + row + ", " + column + ": " + message);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<String> list() {
        return list;
    }

    /** A cell's text as a message quotes it: short enough to read in a list of problems. */
    static String quote(String value) {
        String shown = value.length() > 80 ? value.substring(0, 77) + "..." : value;
        return "'" + shown + "'";
    }
}
