package dev.rubric.core.numbers;

import dev.rubric.core.analysis.DocumentAnalysis;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.quantity.Dimension;
import dev.rubric.core.quantity.Quantity;
import dev.rubric.core.quantity.QuantityFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Loads the author implies but does not state: a count of users times a rate per user
 * ("50M DAU × 20 requests/day") is an average request rate. Shown as inlay hints
 * ("≈ 11.6k QPS avg") so the author sees the figure their own numbers give.
 */
public final class DerivedRates {
    /** What joins the two factors: ×, x, *, "times". */
    private static final Pattern TIMES = Pattern.compile("^\\s*(?:×|⨉|\\*|x|times|at|making|each (?:making|sending|doing))\\s*(?:about |roughly |~|≈)?\\s*$");

    private DerivedRates() {
    }

    /**
     * @param offset where the hint goes in the document (just after the rate)
     * @param label  the derived average rate, e.g. "≈ 11.6k QPS avg"
     * @param perSecond the derived rate in requests per second
     */
    public record Derived(int offset, String label, double perSecond) {
    }

    public static List<Derived> find(DocumentAnalysis analysis) {
        List<Derived> found = new ArrayList<>();
        for (ProseUnit u : analysis.document().units()) {
            List<Quantity> qs = analysis.quantities(u);
            for (int i = 0; i + 1 < qs.size(); i++) {
                Quantity count = qs.get(i);
                Quantity rate = qs.get(i + 1);
                if (count.dimension() != Dimension.COUNT || rate.dimension() != Dimension.RATE) continue;
                if (count.end() > rate.start() || !TIMES.matcher(u.text().substring(count.end(), rate.start())).matches()) continue;
                double perSecond = count.baseValue() * rate.baseValue();
                if (!(perSecond > 0) || Double.isInfinite(perSecond)) continue;
                found.add(new Derived(u.startOffset() + rate.end(), "≈ " + qps(perSecond) + " avg", perSecond));
            }
        }
        return found;
    }

    private static String qps(double perSecond) {
        String human = QuantityFormat.human(perSecond, Dimension.RATE);
        return human.endsWith("/s") ? human.substring(0, human.length() - 2) + " QPS" : human;
    }
}
