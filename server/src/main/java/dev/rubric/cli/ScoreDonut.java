package dev.rubric.cli;

import dev.rubric.core.readiness.ReadinessBand;
import dev.rubric.core.readiness.ReadinessScore;
import java.util.Locale;

/** The readiness score as an inline SVG ring filled to the score, coloured by its band. */
final class ScoreDonut {
    private static final double RADIUS = 52;
    private static final double CIRCUMFERENCE = 2 * Math.PI * RADIUS;

    private ScoreDonut() {
    }

    static void write(ReadinessScore score, HtmlBuilder html) {
        double filled = CIRCUMFERENCE * score.score() / 100.0;
        html.open("svg", "class", "donut", "viewBox", "0 0 128 128", "width", "128", "height", "128",
                "role", "img", "aria-label", "readiness " + score.score() + " out of 100", "xmlns", "http://www.w3.org/2000/svg");
        html.element("title", "Readiness " + score.score() + "/100, " + score.band().label());
        html.empty("circle", "class", "donut-track", "cx", "64", "cy", "64", "r", fmt(RADIUS), "fill", "none",
                "stroke", "#e5e7eb", "stroke-width", "14");
        html.empty("circle", "class", "donut-fill", "cx", "64", "cy", "64", "r", fmt(RADIUS), "fill", "none",
                "stroke", color(score.band()), "stroke-width", "14", "stroke-linecap", score.score() > 0 ? "round" : "butt",
                "stroke-dasharray", fmt(filled) + " " + fmt(CIRCUMFERENCE), "transform", "rotate(-90 64 64)");
        html.element("text", String.valueOf(score.score()), "class", "donut-score", "x", "64", "y", "72",
                "text-anchor", "middle", "font-size", "30", "font-weight", "700", "fill", "#111827");
        html.element("text", "/ 100", "x", "64", "y", "92", "text-anchor", "middle", "font-size", "11", "fill", "#6b7280");
        html.close();
    }

    static String color(ReadinessBand band) {
        return switch (band) {
            case READY -> "#15803d";
            case NEEDS_WORK -> "#b45309";
            case NOT_READY -> "#b91c1c";
        };
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
