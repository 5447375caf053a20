package uk.safeguarding.training.benchmark;

import java.util.Locale;

/**
 * One measured figure, printed as {@code name=value unit} so scripts can grep it.
 *
 * @param name  dotted, lower case, starting with the benchmark's name, e.g. {@code startup.java_jar.median_seconds}
 * @param value the number
 * @param unit  for a person reading the output, e.g. {@code s}
 */
public record Figure(String name, double value, String unit) {

    /** A limit for a person to read: no trailing zeros. */
    static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s=%.3f %s", name, value, unit);
    }
}
