package dev.rubric.cli;

import dev.rubric.core.readiness.BlockCoverage;
import java.util.List;

/**
 * A horizontal bar per template block, as long as the block is deep (words of prose), so
 * missing blocks and one giant block beside thin ones show at a glance. Missing required
 * blocks get a red stub labelled "missing"; missing optional ones a grey "optional".
 */
final class BlockChart {
    private static final int WIDTH = 720;
    private static final int LABEL_WIDTH = 210;
    private static final int VALUE_WIDTH = 110;
    private static final int ROW = 30;
    private static final int BAR = 18;
    private static final int MIN_BAR = 4;
    private static final int LABEL_CHARS = 30;

    private BlockChart() {
    }

    static void write(List<BlockCoverage> blocks, HtmlBuilder html) {
        int height = Math.max(1, blocks.size()) * ROW + 8;
        int maxWords = blocks.stream().mapToInt(BlockCoverage::words).max().orElse(0);
        int barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        html.open("svg", "class", "block-chart", "viewBox", "0 0 " + WIDTH + " " + height, "width", "100%",
                "role", "img", "aria-label", "words per template block", "xmlns", "http://www.w3.org/2000/svg");
        html.element("title", "Words per template block");
        int y = 4;
        for (BlockCoverage b : blocks) {
            String status = b.present() ? "present" : b.missingRequired() ? "missing" : "optional";
            html.open("g", "class", "bar " + status, "data-block", b.block().id());
            html.element("title", b.block().title() + ": " + describe(b));
            html.element("text", shorten(b.block().title()), "x", String.valueOf(LABEL_WIDTH - 10), "y", String.valueOf(y + BAR - 4),
                    "text-anchor", "end", "font-size", "13", "fill", "#111827");
            int length = b.present() && maxWords > 0 ? Math.max(MIN_BAR, (int) Math.round((double) barSpace * b.words() / maxWords)) : MIN_BAR * 6;
            html.empty("rect", "x", String.valueOf(LABEL_WIDTH), "y", String.valueOf(y), "width", String.valueOf(length),
                    "height", String.valueOf(BAR), "rx", "3", "fill", fill(b), "stroke", b.present() ? "none" : "#6b7280",
                    "stroke-dasharray", b.present() ? null : "4 3");
            html.element("text", describe(b), "x", String.valueOf(LABEL_WIDTH + length + 8), "y", String.valueOf(y + BAR - 4),
                    "font-size", "12", "fill", b.missingRequired() ? "#b91c1c" : "#374151");
            html.close();
            y += ROW;
        }
        html.close();
    }

    private static String describe(BlockCoverage b) {
        if (b.present()) return b.words() + (b.words() == 1 ? " word" : " words");
        return b.missingRequired() ? "missing" : "optional, absent";
    }

    private static String fill(BlockCoverage b) {
        if (b.present()) return "#2563eb";
        return b.missingRequired() ? "#fecaca" : "#f3f4f6";
    }

    private static String shorten(String title) {
        return title.length() <= LABEL_CHARS ? title : title.substring(0, LABEL_CHARS - 1) + "…";
    }
}
