package uk.safeguarding.training.reporting;

import java.util.List;
import java.util.Locale;

/**
 * The compliance-by-unit chart as SVG, drawn on the server: no chart library, nothing commercial, and every label
 * is text a screen reader can also get from the accessible name.
 */
public final class ComplianceChart {

    private static final int BAR_HEIGHT = 26;
    private static final int GAP = 10;
    private static final int LABEL_WIDTH = 220;
    private static final int BAR_WIDTH = 360;

    private ComplianceChart() {
    }

    public static String svg(List<UnitCompliance> units) {
        int height = Math.max(1, units.size()) * (BAR_HEIGHT + GAP) + GAP;
        int width = LABEL_WIDTH + BAR_WIDTH + 120;
        StringBuilder description = new StringBuilder("Compliance by unit: ");
        StringBuilder bars = new StringBuilder();
        int y = GAP;
        for (UnitCompliance unit : units) {
            int percent = unit.percent();
            int barWidth = Math.round(BAR_WIDTH * percent / 100f);
            String colour = percent >= 90 ? "#1b6e3c" : percent >= 70 ? "#8a5a00" : "#b3261e";
            bars.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"14\" fill=\"#1f2a37\">%s</text>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#e5e9f0\" rx=\"3\"/>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" rx=\"3\"/>"
                            + "<text x=\"%d\" y=\"%d\" font-size=\"14\" fill=\"#1f2a37\">%d%% (%d of %d)</text>",
                    LABEL_WIDTH - 8, y + 18, escape(shorten(unit.unit())),
                    LABEL_WIDTH, y, BAR_WIDTH, BAR_HEIGHT,
                    LABEL_WIDTH, y, barWidth, BAR_HEIGHT, colour,
                    LABEL_WIDTH + BAR_WIDTH + 8, y + 18, percent, unit.compliant(), unit.assignments()));
            description.append(unit.unit()).append(' ').append(percent).append("%; ");
            y += BAR_HEIGHT + GAP;
        }
        if (units.isEmpty()) {
            description.append("no assignments in this view.");
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"compliance-chart\" viewBox=\"0 0 "
                + width + " " + height + "\" aria-label=\"" + escape(description.toString()) + "\">" + bars + "</svg>";
    }

    private static String shorten(String name) {
        return name.length() > 28 ? name.substring(0, 27) + "…" : name;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
