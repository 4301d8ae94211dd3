package dev.rubric.core.numbers;

import dev.rubric.core.analysis.DocumentAnalysis;
import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.ProseKind;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.model.Section;
import dev.rubric.core.quantity.Dimension;
import dev.rubric.core.quantity.Quantity;
import dev.rubric.core.quantity.QuantityParser;
import dev.rubric.core.text.FastPattern;
import dev.rubric.core.text.LineIndex;
import dev.rubric.core.text.Whitespace;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency budgets split into stages: a total ("p99 < 200 ms end to end") and the share of each
 * stage of the request path, written
 * <ul>
 * <li>in one sentence: "200 ms end to end: 40 ms retrieval, 80 ms ranking, 60 ms re-ranking";</li>
 * <li>as a list under a lead-in, a heading or a parent item that gives the total, or with a
 * "Total" item;</li>
 * <li>as a table with a stage column and a time column, with a "Total" row or a total in the
 * lead-in.</li>
 * </ul>
 * Stages that run in parallel, options compared side by side, before/after figures,
 * percentile lists (p50, p95, p99) and cumulative timelines are not stage budgets.
 */
public final class StageBudgets {
    private static final FastPattern TOTAL_LABEL = FastPattern.compile(
            "^[\\W_]*(?:total|sum|end[- ]to[- ]end|e2e|overall|all[- ]in|whole request|full request)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_HEADER = Pattern.compile(
            "\\(\\s*(?:[^)]*?\\b)?(ns|µs|us|ms|msec|milliseconds|s|sec|secs|seconds|min|minutes)\\b[^)]*\\)"
                    + "|\\b(?:in )?(ms|msec|milliseconds|seconds)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final FastPattern RESPECTIVELY = FastPattern.compile("\\b(?:respectively|each|per endpoint|per route|per api)\\b", Pattern.CASE_INSENSITIVE);
    private static final FastPattern FOR_SOMETHING = FastPattern.compile("^\\s*(?:[\\w-]+\\s+)?for\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STAGE_HEADER = Pattern.compile(".*\\b(?:stages?|steps?|components?|hops?|phases?|services?|parts?)\\b.*");
    private static final Pattern NUMERIC_CELL = Pattern.compile("^\\s*[~≈<≤]?\\s*\\d[\\d,.]*(?:\\s*[–-]\\s*\\d[\\d,.]*)?\\s*$");

    /** One duration: where it is and how long, in seconds (a range keeps both ends). */
    public record Figure(int start, int end, String text, double low, double high) {
        public boolean isRange() {
            return low != high;
        }
    }

    /**
     * A total with the stages that must fit in it.
     *
     * @param complete false when some stages had several figures and were left out, so the sum is a lower bound
     * @param form     "sentence", "list" or "table"
     */
    public record Budget(Figure total, List<Figure> stages, boolean complete, String form) {
        /** The stages at their upper bounds: what they may take together. */
        public double sum() {
            double s = 0;
            for (Figure f : stages) s += f.high();
            return s;
        }

        public boolean anyRange() {
            return stages.stream().anyMatch(Figure::isRange);
        }
    }

    private StageBudgets() {
    }

    public static List<Budget> find(DocumentAnalysis analysis) {
        List<Budget> out = new ArrayList<>();
        BitSet inCalculation = calculationFigures(analysis);
        Context cx = new Context(analysis, inCalculation, new HashSet<>(), newDurations(analysis.document().units().size()));
        sentences(cx, out);
        lists(cx, out);
        tables(cx, out);
        out.sort((a, b) -> Integer.compare(a.total().start(), b.total().start()));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Figure>[] newDurations(int units) {
        return new List[units];
    }

    /** @param durations each unit's {@link #durations}, made on first use: sentences, lists and tables all ask */
    private record Context(DocumentAnalysis analysis, BitSet calculationOperands, Set<Integer> totals, List<Figure>[] durations) {
        DesignDocument doc() {
            return analysis.document();
        }
    }

    /**
     * Start offsets of figures that feed a stated calculation (its result stays available): a bit
     * per offset, as every time figure of the document is looked up in it.
     */
    private static BitSet calculationFigures(DocumentAnalysis analysis) {
        BitSet out = new BitSet();
        for (Calculation c : CalculationFinder.find(analysis)) {
            Operand result = c.result();
            for (Operand o : c.operands()) if (o != result) out.set(o.start());
        }
        return out;
    }

    // ------------------------------------------------------------------ figures

    /** Durations in a unit that can be budgets: not settings or periods, not inputs of a stated calculation. */
    private static List<Figure> durations(Context cx, ProseUnit u) {
        List<Figure> known = cx.durations()[u.index()];
        if (known == null) cx.durations()[u.index()] = known = List.copyOf(findDurations(cx, u));
        return known;
    }

    private static List<Figure> findDurations(Context cx, ProseUnit u) {
        // by index, and a list made only for a unit with a duration: every unit is read at every keystroke
        List<Quantity> quantities = cx.analysis().quantities(u);
        List<Figure> out = null;
        String t = u.text();
        for (int k = 0; k < quantities.size(); k++) {
            Quantity q = quantities.get(k);
            if (q.dimension() != Dimension.TIME) continue;
            int start = u.startOffset() + q.start();
            if (cx.calculationOperands().get(start)) continue;
            if (LatencyWords.NOT_LATENCY.find(clause(t, q.start(), q.end()))) continue;
            if (out == null) out = new ArrayList<>(2);
            out.add(new Figure(start, u.startOffset() + q.end(), Whitespace.collapse(q.text()).strip(), q.baseLow(), q.baseHigh()));
        }
        return out == null ? List.of() : out;
    }

    private static int percentiles(Context cx, ProseUnit u, Set<Double> into) {
        int n = 0;
        for (Quantity q : cx.analysis().quantities(u)) {
            if (q.dimension() == Dimension.PERCENTILE) {
                into.add(q.baseValue());
                n++;
            }
        }
        return n;
    }

    /** The clause around a figure: back to the previous , ; : ( and on to the next , ; : ). */
    static String clause(String t, int start, int end) {
        int floor = Math.max(0, start - CLAUSE_REACH);
        int ceiling = Math.min(t.length(), end + CLAUSE_REACH);
        int from = start;
        while (from > floor && !isClauseMark(t.charAt(from - 1), '(')) from--;
        int to = end;
        while (to < ceiling && !isClauseMark(t.charAt(to), ')')) to++;
        return t.substring(from, to);
    }

    /** , ; : or the given parenthesis (compared directly: this runs over every duration's surroundings). */
    private static boolean isClauseMark(char c, char parenthesis) {
        return c == ',' || c == ';' || c == ':' || c == parenthesis;
    }

    /** A clause is read at most this far either side of its figure, so long sentences stay linear. */
    private static final int CLAUSE_REACH = 120;

    // ------------------------------------------------------------------ one sentence

    private static void sentences(Context cx, List<Budget> out) {
        for (ProseUnit u : cx.doc().units()) {
            if (u.kind() == ProseKind.TABLE_CELL || !cx.analysis().readable(u)) continue;
            List<Figure> figures = durations(cx, u);
            if (figures.size() < 3) continue;
            String t = u.text();
            if (LatencyWords.PARALLEL.find(t) || LatencyWords.ALTERNATIVES.find(t) || LatencyWords.CHANGE.find(t)
                    || LatencyWords.NOT_LATENCY.find(t)) continue; // nested timeouts do not add up either
            if (percentiles(cx, u, new HashSet<>()) > 1) continue;
            Figure total = labelledTotal(t, u.startOffset(), figures);
            if (total == null || RESPECTIVELY.find(t)) continue;
            // "300 ms for search, 100 ms for autocomplete": the labelled figure is one of a list of targets, not their total
            String after = clause(t, total.start() - u.startOffset(), total.end() - u.startOffset());
            int at = after.indexOf(total.text());
            if (at >= 0 && FOR_SOMETHING.find(after.substring(at + total.text().length()))) continue;
            List<Figure> stages = new ArrayList<>(figures);
            stages.remove(total);
            add(new Budget(total, stages, true, "sentence"), out, cx.totals());
        }
    }

    /** The one figure whose clause calls it the whole ("end to end", "total"), else the one called a budget. */
    private static Figure labelledTotal(String t, int offset, List<Figure> figures) {
        for (Pattern label : List.of(LatencyWords.STRONG_TOTAL, LatencyWords.WEAK_TOTAL)) {
            Figure found = null;
            int count = 0;
            for (Figure f : figures) {
                if (label.matcher(clause(t, f.start() - offset, f.end() - offset)).find()) {
                    found = f;
                    count++;
                }
            }
            if (count == 1) return found;
            if (count > 1) return null;
        }
        return null;
    }

    // ------------------------------------------------------------------ lists

    private static final class Item {
        final List<ProseUnit> units = new ArrayList<>();
        final int depth;
        Item parent;
        final List<Item> children = new ArrayList<>();

        Item(int depth) {
            this.depth = depth;
        }

        ProseUnit first() {
            return units.get(0);
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            for (ProseUnit u : units) sb.append(u.text()).append(' ');
            return sb.toString();
        }
    }

    private static void lists(Context cx, List<Budget> out) {
        List<ProseUnit> units = cx.doc().units();
        // top-level runs keyed by their first item; nested runs are a parent's children
        Map<Item, List<Item>> runs = new LinkedHashMap<>();
        List<Item> stack = new ArrayList<>();
        Item current = null;
        List<Item> run = null;
        char lastMarker = 0;
        for (int i = 0; i < units.size(); i++) {
            ProseUnit u = units.get(i);
            if (u.kind() != ProseKind.LIST_ITEM) {
                stack.clear();
                current = null;
                run = null;
                continue;
            }
            if (current != null && current.first().block() == u.block()) {
                current.units.add(u);
                continue;
            }
            ProseUnit previous = i > 0 ? units.get(i - 1) : null;
            char marker = marker(cx.doc(), u);
            boolean newList = run == null || previous == null || previous.section() != u.section()
                    || u.listDepth() <= 1 && marker != lastMarker;
            if (u.listDepth() <= 1) lastMarker = marker;
            if (newList) {
                stack.clear();
                run = null;
            }
            Item item = new Item(u.listDepth());
            item.units.add(u);
            while (!stack.isEmpty() && stack.get(stack.size() - 1).depth >= item.depth) stack.remove(stack.size() - 1);
            if (!stack.isEmpty()) {
                item.parent = stack.get(stack.size() - 1);
                item.parent.children.add(item);
            } else {
                if (run == null) {
                    run = new ArrayList<>();
                    runs.put(item, run);
                }
                run.add(item);
            }
            stack.add(item);
            current = item;
        }
        Map<Item, Boolean> seen = new IdentityHashMap<>();
        for (Map.Entry<Item, List<Item>> e : runs.entrySet()) {
            List<Item> top = e.getValue();
            ProseUnit first = top.get(0).first();
            int index = first.index();
            ProseUnit previous = index > 0 ? units.get(index - 1) : null;
            boolean underHeading = previous == null || previous.section() != first.section();
            ProseUnit leadIn = !underHeading && previous.kind() == ProseKind.SENTENCE ? previous : null;
            listBudget(cx, top, null, leadIn, underHeading, first.section(), out);
            for (Item item : top) nested(cx, item, seen, out);
        }
    }

    private static void nested(Context cx, Item item, Map<Item, Boolean> seen, List<Budget> out) {
        if (item.children.isEmpty() || seen.put(item, true) != null) return;
        listBudget(cx, item.children, item, null, false, item.first().section(), out);
        for (Item c : item.children) nested(cx, c, seen, out);
    }

    private static char marker(DesignDocument doc, ProseUnit u) {
        // read in place: asked for every list unit at every keystroke, a copy of each line would add up
        LineIndex lines = doc.lines();
        int line = u.range().start().line();
        String text = lines.text();
        int end = lines.lineEnd(line);
        int at = skipWhitespace(text, lines.lineStart(line), end);
        while (at < end && text.charAt(at) == '>') at = skipWhitespace(text, at + 1, end);
        if (at >= end) return 0;
        char c = text.charAt(at);
        return Character.isDigit(c) ? '1' : c;
    }

    /** Past the white space ({@link String#stripLeading}'s) from {@code at}, up to {@code end}. */
    private static int skipWhitespace(String text, int at, int end) {
        while (at < end) {
            int cp = text.codePointAt(at);
            if (!Character.isWhitespace(cp)) break;
            at += Character.charCount(cp);
        }
        return at;
    }

    private static void listBudget(Context cx, List<Item> items, Item parent, ProseUnit leadIn, boolean underHeading, Section section,
                                   List<Budget> out) {
        if (items.size() < 2) return;
        // stages are items with a figure: with fewer than two there is no budget, whatever the words say
        int itemsWithFigures = 0;
        for (Item item : items) {
            for (ProseUnit u : item.units) {
                if (!durations(cx, u).isEmpty()) {
                    itemsWithFigures++;
                    break;
                }
            }
        }
        if (itemsWithFigures < 2) return;
        Set<Double> percentiles = new HashSet<>();
        Figure totalItem = null;
        int totalItems = 0;
        List<Figure> stages = new ArrayList<>();
        boolean complete = true;
        for (Item item : items) {
            String text = item.text();
            if (LatencyWords.PARALLEL.find(text) || LatencyWords.CHANGE.find(text)) return;
            List<Figure> figures = new ArrayList<>();
            for (ProseUnit u : item.units) {
                figures.addAll(durations(cx, u));
                percentiles(cx, u, percentiles);
            }
            if (TOTAL_LABEL.find(text)) {
                totalItems++;
                if (figures.size() == 1) totalItem = figures.get(0);
                continue;
            }
            if (figures.size() == 1) stages.add(figures.get(0));
            else if (figures.size() > 1) complete = false;
        }
        if (percentiles.size() > 1 || stages.size() < 2 || totalItems > 1) return;
        Figure total = totalItem;
        if (total == null && totalItems == 0 && parent != null) {
            List<Figure> figures = new ArrayList<>();
            for (ProseUnit u : parent.units) figures.addAll(durations(cx, u));
            String text = parent.text();
            if (figures.size() == 1 && !LatencyWords.PARALLEL.find(text) && !LatencyWords.ALTERNATIVES.find(text)) total = figures.get(0);
        }
        if (total == null && totalItems == 0 && leadIn != null) total = leadInTotal(cx, leadIn);
        // the heading gives the total only for a list right under it, or under a sentence announcing the split
        if (total == null && totalItems == 0 && parent == null
                && (underHeading || leadIn != null && durations(cx, leadIn).isEmpty() && LatencyWords.BREAKDOWN.find(leadIn.text()))) {
            total = headingTotal(cx, section);
        }
        if (total == null) return;
        if (cumulative(stages, total)) return;
        add(new Budget(total, stages, complete, "list"), out, cx.totals());
    }

    /** A lead-in sentence that gives the total: "The p99 budget is 200 ms end to end, split as follows:". */
    private static Figure leadInTotal(Context cx, ProseUnit leadIn) {
        String t = leadIn.text();
        if (LatencyWords.PARALLEL.find(t) || LatencyWords.ALTERNATIVES.find(t) || LatencyWords.CHANGE.find(t)
                || LatencyWords.NOT_LATENCY.find(t)) return null;
        List<Figure> figures = durations(cx, leadIn);
        if (figures.isEmpty()) return null;
        boolean announces = t.strip().endsWith(":") || LatencyWords.BREAKDOWN.find(t);
        Figure labelled = figures.size() == 1 ? figures.get(0) : labelledTotal(t, leadIn.startOffset(), figures);
        if (labelled == null) return null;
        boolean total = LatencyWords.STRONG_TOTAL.matcher(t).find() || LatencyWords.WEAK_TOTAL.matcher(t).find();
        return announces && total ? labelled : null;
    }

    /** A heading that gives the total: "## Latency budget (200 ms p99)". */
    private static Figure headingTotal(Context cx, Section section) {
        if (section == null || section.isRoot()) return null;
        String title = section.title();
        if (!LatencyWords.STRONG_TOTAL.matcher(title).find() && !LatencyWords.WEAK_TOTAL.matcher(title).find()) return null;
        if (LatencyWords.ALTERNATIVES.find(title) || LatencyWords.PARALLEL.find(title)
                || LatencyWords.NOT_LATENCY.find(title)) return null;
        List<Quantity> qs = new ArrayList<>();
        for (Quantity q : QuantityParser.find(title)) if (q.dimension() == Dimension.TIME) qs.add(q);
        if (qs.size() != 1) return null;
        Quantity q = qs.get(0);
        String doc = cx.doc().text();
        int from = section.headingRange().startOffset();
        int at = doc.indexOf(title, from);
        if (at < 0 || at > section.headingRange().endOffset()) return null;
        return new Figure(at + q.start(), at + q.end(), q.text().strip(), q.baseLow(), q.baseHigh());
    }

    // ------------------------------------------------------------------ tables

    private static void tables(Context cx, List<Budget> out) {
        Map<Integer, List<ProseUnit>> byTable = new TreeMap<>();
        for (ProseUnit u : cx.doc().units()) {
            if (u.cell() != null) byTable.computeIfAbsent(u.cell().table(), k -> new ArrayList<>()).add(u);
        }
        for (List<ProseUnit> cells : byTable.values()) table(cx, cells, out);
    }

    private static void table(Context cx, List<ProseUnit> cells, List<Budget> out) {
        Map<Integer, Map<Integer, ProseUnit>> rows = new TreeMap<>();
        Map<Integer, String> headers = new TreeMap<>();
        for (ProseUnit c : cells) {
            headers.putIfAbsent(c.cell().column(), c.cell().columnHeader());
            if (c.cell().header() || Segment.isSeparatorCell(c.text())) continue;
            rows.computeIfAbsent(c.cell().row(), k -> new TreeMap<>()).put(c.cell().column(), c);
        }
        if (rows.size() < 2) return;
        String stageHeader = headers.getOrDefault(0, "");
        if (LatencyWords.OPTION_COLUMN.find(stageHeader)) return;
        for (Map<Integer, ProseUnit> row : rows.values()) {
            ProseUnit label = row.get(0);
            if (label != null && (LatencyWords.PARALLEL.find(label.text()) || LatencyWords.ALTERNATIVES.find(label.text()))) return;
        }
        int columns = headers.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        List<Integer> timeColumns = new ArrayList<>();
        List<List<Figure>> stagesPerColumn = new ArrayList<>();
        List<Figure> totals = new ArrayList<>();
        List<Boolean> completes = new ArrayList<>();
        for (int col = 1; col < columns; col++) {
            String header = headers.getOrDefault(col, "");
            if (LatencyWords.NOT_LATENCY.find(header) || LatencyWords.CUMULATIVE.find(header)
                    || LatencyWords.CHANGE.find(header)) continue;
            String headerUnit = headerUnit(header);
            List<Figure> stages = new ArrayList<>();
            Figure total = null;
            int totalRows = 0;
            boolean complete = true;
            for (Map<Integer, ProseUnit> row : rows.values()) {
                ProseUnit cell = row.get(col);
                if (cell == null) continue;
                List<Figure> figures = cellFigures(cx, cell, headerUnit);
                ProseUnit label = row.get(0);
                boolean totalRow = label != null && TOTAL_LABEL.find(label.text());
                if (label != null && LatencyWords.NOT_LATENCY.find(label.text())) continue;
                if (totalRow) {
                    totalRows++;
                    if (figures.size() == 1) total = figures.get(0);
                } else if (figures.size() == 1) {
                    stages.add(figures.get(0));
                } else if (figures.size() > 1) {
                    complete = false;
                }
            }
            if (stages.size() < 2 || totalRows > 1) continue;
            timeColumns.add(col);
            stagesPerColumn.add(stages);
            totals.add(totalRows == 1 ? total : null);
            completes.add(complete);
        }
        for (int i = 0; i < timeColumns.size(); i++) {
            Figure total = totals.get(i);
            if (total == null && timeColumns.size() == 1) total = tableLeadIn(cx, cells.get(0), stageHeader);
            if (total == null) continue;
            if (cumulative(stagesPerColumn.get(i), total)) continue;
            add(new Budget(total, stagesPerColumn.get(i), completes.get(i), "table"), out, cx.totals());
        }
    }

    /** The total for a table without a Total row, from the sentence before it or its heading. */
    private static Figure tableLeadIn(Context cx, ProseUnit firstCell, String stageHeader) {
        List<ProseUnit> units = cx.doc().units();
        int index = firstCell.index();
        ProseUnit leadIn = index > 0 ? units.get(index - 1) : null;
        if (leadIn != null && (leadIn.kind() == ProseKind.TABLE_CELL || leadIn.section() != firstCell.section())) leadIn = null;
        boolean stageTable = STAGE_HEADER.matcher(stageHeader.toLowerCase(Locale.ROOT)).matches();
        if (leadIn != null) {
            Figure f = leadInTotal(cx, leadIn);
            if (f != null) return f;
            if (!durations(cx, leadIn).isEmpty()) return null;
        }
        return stageTable ? headingTotal(cx, firstCell.section()) : null;
    }

    private static String headerUnit(String header) {
        Matcher m = TIME_HEADER.matcher(header);
        if (!m.find()) return null;
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** Durations in a cell; a bare number takes the unit of its column header ("Budget (ms)"). */
    private static List<Figure> cellFigures(Context cx, ProseUnit cell, String headerUnit) {
        List<Figure> figures = durations(cx, cell);
        if (!figures.isEmpty() || headerUnit == null) return figures;
        String t = cell.text();
        if (!NUMERIC_CELL.matcher(t).matches()) return figures;
        figures = new ArrayList<>();
        for (Quantity q : QuantityParser.find(t.strip() + " " + headerUnit)) {
            if (q.dimension() != Dimension.TIME) continue;
            int lead = t.indexOf(t.strip());
            int start = cell.startOffset() + lead + q.start();
            int end = Math.min(cell.startOffset() + lead + t.strip().length(), cell.startOffset() + lead + q.end());
            figures.add(new Figure(start, end, t.strip() + " " + headerUnit, q.baseLow(), q.baseHigh()));
        }
        return figures;
    }

    // ------------------------------------------------------------------ shared

    /** Elapsed times that grow to the total ("40, 120, 180, 230 ms" with total 230) are a timeline, not shares. */
    private static boolean cumulative(List<Figure> stages, Figure total) {
        for (int i = 1; i < stages.size(); i++) if (stages.get(i).high() <= stages.get(i - 1).high()) return false;
        double last = stages.get(stages.size() - 1).high();
        return Math.abs(last - total.high()) <= 0.01 * total.high();
    }

    private static void add(Budget b, List<Budget> out, Set<Integer> totals) {
        for (Figure s : b.stages()) if (s.start() == b.total().start()) return;
        if (totals.add(b.total().start())) out.add(b);
    }
}
