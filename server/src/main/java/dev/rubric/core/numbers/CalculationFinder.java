package dev.rubric.core.numbers;

import dev.rubric.core.analysis.DocumentAnalysis;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.model.TextMemo;
import dev.rubric.core.numbers.Calculation.Relation;
import dev.rubric.core.numbers.Expr.Op;
import dev.rubric.core.quantity.Dimension;
import dev.rubric.core.quantity.Quantity;
import dev.rubric.core.text.FastPattern;
import dev.rubric.core.text.Whitespace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the calculations a document states outright: figures joined by ×, *, x, /, ÷, +, −
 * and a relation (=, ≈, ~, <, ≤, "is about", "works out to"), in one sentence, list item or
 * table row. A lone figure after "≈" is not a calculation, nor are "3 × 3" with no result,
 * "24/7", "1:1", versions, dates, or two counts of different things said to be equal
 * ("1 node = 8 GPUs"). One pass over each unit: linear in the document's length.
 */
public final class CalculationFinder {
    /** A bare number: "86,400", "3", "1.5", "1e9", "10^6", optionally with a scale ("1B", "2.5 million"). */
    private static final Pattern BARE = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:([eE])([+-]?\\d{1,3})|\\^(\\d{1,3}))?"
                    + "(?:\\s?(thousand|million|billion|trillion)\\b|(k|K|M|B|bn|T)(?![\\w/]))?");
    /** A word naming what a figure counts, next to it: "256 dims", "ranking 80 ms", "(retrieval)". */
    private static final Pattern PAREN_LABEL = Pattern.compile("\\(\\s*[A-Za-z][A-Za-z -]*\\)");
    private static final int MAX_LABEL_WORDS = 3;
    /** How far before the first figure and after the last one an operator is looked for. */
    private static final int WINDOW = 120;
    /** Words that relate or join figures, never labels (compared lower-cased: labels are ASCII letters and hyphens). */
    private static final String[] NOT_LABELS = {"x", "is", "are", "equals", "gives", "yields", "makes", "total", "totals",
            "totalling", "totaling", "comes", "works", "amounts", "of", "by", "to", "and", "or", "per", "vs", "versus", "which", "that",
            "so", "then", "at", "in", "on", "for", "with", "from", "than"};
    /** {@link #NOT_LABELS} by length: a label word is compared with the few of its own length only. */
    private static final String[][] NOT_LABELS_BY_LENGTH = byLength(NOT_LABELS);
    /** Every character but letters and spaces that an operator or a relation is written with. */
    private static final String JOINING_MARKS = "()[],.~≈∼≃≅=<>≤≥⩽⩾×*·⋅÷+−/-–";
    /** The first words of operators and relations ("i" of "i.e."). */
    private static final Set<String> FIRST_JOINING_WORDS = Set.of("x", "of", "is", "are", "equals", "gives", "yields", "makes", "totals",
            "comes", "works", "amounts", "which", "that", "i");
    /** The most words an operator or relation between two figures has: "comes out to about". */
    private static final int MAX_RELATION_WORDS = 4;
    private static final Pattern OPERATOR = Pattern.compile("^([)\\]\\s]*)(×|\\*|·|⋅|÷|\\+|−|/|x|X|-|–|of)([(\\[\\s]*)$");
    private static final Pattern RELATION = Pattern.compile("^([)\\]\\s]*)(==|=\\s*~|=\\s*≈|≈\\s*=|=|≈|~|∼|≃|≅|<=|>=|≤|≥|⩽|⩾|<|>)([(\\[\\s]*)$");
    private static final Pattern RELATION_WORDS = Pattern.compile(
            "^([)\\]\\s]*)(is|are|equals|gives|yields|makes|totals|comes to|comes out to|works out to|works out at|amounts to|,?\\s*which is|,?\\s*that is|,?\\s*i\\.e\\.,?)"
                    + "(\\s+(?:about|roughly|around|approximately|approx\\.?|nearly|almost|~|≈))?([(\\[\\s]*)$",
            Pattern.CASE_INSENSITIVE);
    /** After a result: the figure is a difference, not what the calculation equals ("= 20 ms over budget"). */
    private static final FastPattern COMPARATIVE_AFTER = FastPattern.compile(
            "^\\s*(?:over|under|more|less|fewer|faster|slower|above|below|higher|lower|short|too|of headroom|headroom|extra|better|worse|cheaper|bigger|smaller|larger)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final FastPattern OPERATOR_BEFORE = FastPattern.compile("(?:[×*·⋅÷+−/]|\\s[xX-])[\\s(\\[]*$");
    private static final FastPattern OPERATOR_AFTER = FastPattern.compile("^[\\s)\\]]*(?:[×*·⋅÷+−/]|[xX-]\\s)");

    private static final DocumentAnalysis.Key<List<Calculation>> CALCULATIONS = new DocumentAnalysis.Key<>("calculations");

    private CalculationFinder() {
    }

    /** Every stated calculation in the document, in order. Computed once per analysis and shared by the rules. */
    public static List<Calculation> find(DocumentAnalysis analysis) {
        return analysis.shared(CALCULATIONS, a -> {
            List<Calculation> found = new ArrayList<>();
            for (Segment s : Segment.of(a)) {
                // a segment is read on its own, so whether it states a calculation depends on its
                // text alone: one the parser keeps across versions (the language server's, after an
                // edit elsewhere) is not read again when it stated none — almost every segment. One
                // that does is read again: its calculations hold document offsets. A table row is
                // kept with its first cell's text: the parser keeps a table's cells together, so a
                // kept first cell means the same table, the same row
                TextMemo memo = s.pieces().get(0).memo();
                if (memo != null && memo.calculations() == NONE_STATED) continue;
                List<Calculation> stated = find(a, s);
                if (memo != null && stated.isEmpty()) memo.keepCalculations(NONE_STATED);
                found.addAll(stated);
            }
            return List.copyOf(found);
        });
    }

    /** Kept in a segment's first unit's {@link TextMemo}: the segment states no calculation. */
    private static final Object NONE_STATED = new Object();

    /**
     * A figure or a blocker (a percentile, which no calculation runs through), located in its
     * piece. A quantity's operand is built only when a calculation uses it: most figures sit in
     * sentences that state none, and the gaps between figures are read from the quantity.
     */
    private static final class Token {
        private final int piece;
        private final int start;
        private final int end;
        /** The quantity found there, or null for a bare number (whose operand is known) or a blocker. */
        private final Quantity quantity;
        /** Where the quantity's piece starts in the document. */
        private final int base;
        private Operand operand;

        private Token(int piece, int start, int end, Quantity quantity, int base, Operand operand) {
            this.piece = piece;
            this.start = start;
            this.end = end;
            this.quantity = quantity;
            this.base = base;
            this.operand = operand;
        }

        static Token figure(int piece, Quantity q, int base) {
            return new Token(piece, q.start(), q.end(), q, base, null);
        }

        static Token bare(int piece, int start, int end, Operand operand) {
            return new Token(piece, start, end, null, 0, operand);
        }

        static Token blocker(int piece, int start, int end) {
            return new Token(piece, start, end, null, 0, null);
        }

        int piece() {
            return piece;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        boolean blocks() {
            return quantity == null && operand == null;
        }

        /** The figure as an operand; null for a blocker. */
        Operand operand() {
            if (operand == null && quantity != null) operand = Operands.of(quantity, base);
            return operand;
        }

        /** What {@link Operand#text()} of the operand is. */
        String text() {
            return quantity != null ? quantity.text() : operand.text();
        }

        /** What {@link Operand#quantity()} of the operand is. */
        Quantity quantity() {
            return quantity;
        }

        /** What {@link Operand#ratioSign()} of the operand is. */
        boolean ratioSign() {
            return quantity != null ? Operands.ratioSign(quantity) : operand.ratioSign();
        }

        /** What {@link Operand#approximate()} of the operand is. */
        boolean approximate() {
            return quantity != null ? quantity.approximate() : operand.approximate();
        }
    }

    private enum GapKind { OPERATOR, RELATION, BREAK }

    private record Gap(GapKind kind, Op op, Relation relation, int close, int open, boolean words) {
        static final Gap BREAK = new Gap(GapKind.BREAK, null, null, 0, 0, false);
    }

    static List<Calculation> find(DocumentAnalysis analysis, Segment segment) {
        List<Token> tokens = new ArrayList<>();
        for (int p = 0; p < segment.pieces().size(); p++) tokens(analysis, segment.pieces().get(p), p, tokens);
        List<Calculation> out = new ArrayList<>();
        if (tokens.size() < 2) return out;
        int from = 0;
        List<Gap> gaps = new ArrayList<>();
        for (int i = 1; i <= tokens.size(); i++) {
            Gap g = i < tokens.size() ? classify(segment, tokens.get(i - 1), tokens.get(i)) : Gap.BREAK;
            if (g.kind() == GapKind.BREAK) {
                chain(analysis, segment, tokens.subList(from, i), gaps, out);
                from = i;
                gaps = new ArrayList<>();
            } else {
                gaps.add(g);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ tokens

    private static void tokens(DocumentAnalysis analysis, ProseUnit u, int piece, List<Token> out) {
        String t = u.text();
        int base = u.startOffset();
        int covered = 0;
        for (Quantity q : analysis.quantities(u)) {
            bare(t, covered, q.start(), base, piece, out);
            covered = q.end();
            if (q.dimension() == Dimension.PERCENTILE) {
                out.add(Token.blocker(piece, q.start(), q.end()));
                continue;
            }
            out.add(Token.figure(piece, q, base));
        }
        bare(t, covered, t.length(), base, piece, out);
    }

    /** Bare numbers in {@code t[from, to)}: not glued to words, versions, dates, ratios or identifiers. */
    private static void bare(String t, int from, int to, int base, int piece, List<Token> out) {
        // a match starts with an ASCII digit (\d): none before the first, and most gaps hold none
        int first = from;
        while (first < to && (t.charAt(first) < '0' || t.charAt(first) > '9')) first++;
        if (first >= to) return;
        Matcher m = BARE.matcher(t).region(first, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            char before = s > 0 ? t.charAt(s - 1) : ' ';
            char before2 = s > 1 ? t.charAt(s - 2) : ' ';
            if (Character.isLetterOrDigit(before) || "_.,/:-–^@#$€£§\\&'’".indexOf(before) >= 0 && before != ' ') continue;
            if ((before == '.' || before == ',') && Character.isDigit(before2)) continue;
            char after = e < t.length() ? t.charAt(e) : ' ';
            char after2 = e + 1 < t.length() ? t.charAt(e + 1) : ' ';
            if (Character.isLetterOrDigit(after) || after == '%' || after == '°' || after == '^' || after == '_') continue;
            if ((after == '.' || after == ',' || after == ':' || after == '/' || after == '-' || after == '–') && Character.isLetterOrDigit(after2)) continue;
            Operand o = Operands.bare(t.substring(s, e), m, base + s);
            if (o != null) out.add(Token.bare(piece, s, e, o));
        }
    }

    // ------------------------------------------------------------------ gaps

    private static String gapText(Segment seg, Token a, Token b) {
        if (a.piece() == b.piece()) return seg.pieces().get(a.piece()).text().substring(a.end(), b.start());
        StringBuilder sb = new StringBuilder(seg.pieces().get(a.piece()).text().substring(a.end()));
        for (int p = a.piece() + 1; p < b.piece(); p++) sb.append(" | ").append(seg.pieces().get(p).text());
        sb.append(" | ").append(seg.pieces().get(b.piece()).text(), 0, b.start());
        return sb.toString();
    }

    private static Gap classify(Segment seg, Token a, Token b) {
        if (a.blocks() || b.blocks()) return Gap.BREAK;
        // most gaps between figures are prose that no operator or relation can be: judged in
        // place first, before the gap is copied and its labels stripped
        boolean samePiece = a.piece() == b.piece();
        if (samePiece && surelyApart(seg.pieces().get(a.piece()).text(), a.end(), b.start())) return Gap.BREAK;
        String raw = gapText(seg, a, b);
        // what is left of the gap once labels are stripped must be an operator or a relation,
        // a few words at most: prose between two figures is not worth stripping (counted by
        // surelyApart already within one piece)
        if (!samePiece && wordsOutsideParentheses(raw) > 2 * MAX_LABEL_WORDS + MAX_RELATION_WORDS) return Gap.BREAK;
        String gap = stripLabels(raw, true, true);
        boolean pipe = gap.indexOf('|') >= 0;
        String g = gap.replace('|', ' ');
        String core = g.strip();
        boolean approxPrefix = startsApprox(b.text());
        if (core.isEmpty() || onlyClosingBrackets(core)) {
            if (approxPrefix) return new Gap(GapKind.RELATION, null, Relation.APPROX, count(core, ')'), 0, false);
            if (!pipe && a.ratioSign() && core.isEmpty()) return new Gap(GapKind.OPERATOR, Op.MUL, null, 0, 0, false);
            return Gap.BREAK;
        }
        if (!mayJoin(g)) return Gap.BREAK;
        Matcher op = OPERATOR.matcher(g);
        if (op.matches()) {
            String sym = op.group(2);
            boolean spaced = !op.group(1).isEmpty() && Character.isWhitespace(op.group(1).charAt(op.group(1).length() - 1))
                    && !op.group(3).isEmpty() && Character.isWhitespace(op.group(3).charAt(0));
            Op o = switch (sym) {
                case "×", "*", "·", "⋅" -> Op.MUL;
                case "x", "X" -> spaced ? Op.MUL : null;
                case "of" -> a.quantity() != null && (a.quantity().dimension() == Dimension.PERCENT
                        || a.quantity().dimension() == Dimension.RATIO) ? Op.MUL : null;
                case "÷" -> Op.DIV;
                case "/" -> spaced ? Op.DIV : null;
                case "+" -> Op.ADD;
                case "−" -> Op.SUB;
                default -> spaced ? Op.SUB : null; // "-" and "–" only as a spaced minus
            };
            if (o != null) return new Gap(GapKind.OPERATOR, o, null, count(op.group(1), ')') + count(op.group(1), ']'),
                    count(op.group(3), '(') + count(op.group(3), '['), false);
            return Gap.BREAK;
        }
        Matcher rel = RELATION.matcher(g);
        if (rel.matches()) {
            String sym = rel.group(2).replaceAll("\\s", "");
            Relation r = switch (sym) {
                case "=", "==" -> approxPrefix ? Relation.APPROX : Relation.EQUALS;
                case "<" -> Relation.LESS;
                case "<=", "≤", "⩽" -> Relation.LESS_OR_EQUAL;
                case ">" -> Relation.GREATER;
                case ">=", "≥", "⩾" -> Relation.GREATER_OR_EQUAL;
                default -> Relation.APPROX;
            };
            return new Gap(GapKind.RELATION, null, r, count(rel.group(1), ')'), count(rel.group(3), '('), false);
        }
        Matcher words = RELATION_WORDS.matcher(g);
        if (words.matches() && !pipe) {
            Relation r = words.group(3) != null || approxPrefix || b.approximate() ? Relation.APPROX : Relation.EQUALS;
            return new Gap(GapKind.RELATION, null, r, count(words.group(1), ')'), count(words.group(4), '('), true);
        }
        return Gap.BREAK;
    }

    /**
     * Removes the words that name what the figures around an operator count: "40 ms
     * (retrieval) + ranking 80 ms" reads as "40 ms + 80 ms". Words that relate or join
     * figures ("is", "of", "and", "per", "x") are never labels.
     */
    static String stripLabels(String gap, boolean leading, boolean trailing) {
        String g = gap;
        // (a search for one character first: most gaps hold neither mark, and replace() looks for them more slowly)
        if (g.indexOf('*') >= 0) g = g.replace("**", " ");
        if (g.indexOf('_') >= 0) g = g.replace("__", " ");
        if (g.indexOf('(') >= 0) g = PAREN_LABEL.matcher(g).replaceAll(" "); // most gaps have no parenthesis at all
        if (g.length() > 2 * WINDOW) return g; // a long stretch of prose between figures: no operator joins them
        for (int i = 0; leading && i < MAX_LABEL_WORDS; i++) {
            int start = leadingLabelStart(g);
            if (start < 0) break;
            int end = wordEnd(g, start);
            if (isNotLabel(g, start, end)) break;
            g = " " + g.substring(end);
        }
        for (int i = 0; trailing && i < MAX_LABEL_WORDS; i++) {
            int start = trailingLabelStart(g);
            if (start < 0 || isNotLabel(g, start, wordEnd(g, start))) break;
            g = g.substring(0, start) + " ";
        }
        return g;
    }

    /** Whether {@code g[start, end)}, a run of ASCII letters and hyphens, is one of {@link #NOT_LABELS}, case aside. */
    private static boolean isNotLabel(String g, int start, int end) {
        int length = end - start;
        if (length >= NOT_LABELS_BY_LENGTH.length) return false;
        // compared in place: a copy of the word, lower-cased, to look up in a set cost more
        for (String word : NOT_LABELS_BY_LENGTH[length]) {
            if (g.regionMatches(true, start, word, 0, length)) return true;
        }
        return false;
    }

    /** The words grouped by length: element n holds those n characters long (empty where there are none). */
    private static String[][] byLength(String[] words) {
        int longest = 0;
        for (String w : words) longest = Math.max(longest, w.length());
        String[][] grouped = new String[longest + 1][];
        for (int n = 0; n <= longest; n++) {
            int length = n;
            grouped[n] = Arrays.stream(words).filter(w -> w.length() == length).toArray(String[]::new);
        }
        return grouped;
    }

    /**
     * Where a leading label starts: {@code ^(\s+)([A-Za-z][A-Za-z-]*)(?=\s|$)} found, the start
     * of its word; −1 when there is none. Written out: a matcher per gap cost more than the
     * search.
     */
    private static int leadingLabelStart(String g) {
        int start = 0;
        while (start < g.length() && Whitespace.isRegexSpace(g.charAt(start))) start++;
        if (start == 0 || start == g.length() || !isAsciiLetter(g.charAt(start))) return -1;
        int end = wordEnd(g, start);
        boolean followed = end == g.length() || Whitespace.isRegexSpace(g.charAt(end)) || end == g.length() - 1 && isFinalTerminator(g.charAt(end));
        return followed ? start : -1;
    }

    /**
     * Where a trailing label starts: {@code (?<=^|\s)([A-Za-z][A-Za-z-]*)(\s*)$} found, its
     * start; −1 when there is none. {@code $} also matches before a final line terminator.
     */
    private static int trailingLabelStart(String g) {
        int end = g.length();
        if (end > 0 && isFinalTerminator(g.charAt(end - 1))) end--;
        while (end > 0 && Whitespace.isRegexSpace(g.charAt(end - 1))) end--;
        int start = end;
        while (start > 0 && isLabelChar(g.charAt(start - 1))) start--;
        if (start == end) return -1;
        // the word must begin with a letter right after the start or a space; inside a run of
        // letters and hyphens no later position follows a space, so only the run's start counts
        if (!isAsciiLetter(g.charAt(start)) || start > 0 && !Whitespace.isRegexSpace(g.charAt(start - 1))) return -1;
        return start;
    }

    /** The end of the run of label characters (ASCII letters and hyphens) from {@code from}. */
    private static int wordEnd(String g, int from) {
        int end = from;
        while (end < g.length() && isLabelChar(g.charAt(end))) end++;
        return end;
    }

    /** Line terminators java.util.regex's {@code $} stops before that {@code \s} does not cover. */
    private static boolean isFinalTerminator(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isLabelChar(char c) {
        return isAsciiLetter(c) || c == '-';
    }

    /**
     * Runs of letters and hyphens outside parentheses: stripping removes at most {@value
     * #MAX_LABEL_WORDS} such words on each side (and labels in parentheses), so a gap with more
     * has more than an operator or relation left.
     */
    static int wordsOutsideParentheses(String gap) {
        return wordsOutsideParentheses(gap, 0, gap.length());
    }

    /** {@link #wordsOutsideParentheses(String)} of {@code text[from, to)}. */
    private static int wordsOutsideParentheses(String text, int from, int to) {
        int words = 0;
        int depth = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            boolean label = isLabelChar(c);
            if (label && !inWord && depth == 0) words++;
            inWord = label;
        }
        return words;
    }

    /**
     * Whether the gap {@code text[from, to)} surely joins no figures, whatever figures it lies
     * between: it holds a character that stripping labels leaves (anything but ASCII letters,
     * hyphens, whitespace, "|", "*" and "_") and no operator or relation is written with, which
     * {@link #mayJoin} would then refuse; or too many words for stripping to leave only a relation.
     */
    static boolean surelyApart(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isLabelChar(c) || c == ' ') continue; // (most of a gap: one test)
            if (c == '|' || c == '*' || c == '_' || Character.isWhitespace(c) || isFinalTerminator(c) || JOINING_MARKS.indexOf(c) >= 0) continue;
            return true;
        }
        return wordsOutsideParentheses(text, from, to) > 2 * MAX_LABEL_WORDS + MAX_RELATION_WORDS;
    }

    /**
     * Whether {@link #OPERATOR}, {@link #RELATION} or {@link #RELATION_WORDS} can match the gap:
     * it holds only their characters, and its first word (if any) is one they begin with. Most
     * gaps between figures are prose and fail here, without three matchers.
     */
    static boolean mayJoin(String g) {
        int wordStart = -1;
        int wordEnd = -1;
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (isAsciiLetter(c)) {
                if (wordStart < 0) wordStart = i;
                continue;
            }
            if (wordStart >= 0 && wordEnd < 0) wordEnd = i;
            if (!Whitespace.isRegexSpace(c) && JOINING_MARKS.indexOf(c) < 0) return false;
        }
        if (wordStart < 0) return true;
        return FIRST_JOINING_WORDS.contains(g.substring(wordStart, wordEnd < 0 ? g.length() : wordEnd).toLowerCase(Locale.ROOT));
    }

    /** {@code s.matches("[)\\]]+")} for a non-empty s, without compiling the expression per gap. */
    private static boolean onlyClosingBrackets(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ')' && c != ']') return false;
        }
        return true;
    }

    private static boolean startsApprox(String text) {
        return !text.isEmpty() && "~≈∼≃≅".indexOf(text.charAt(0)) >= 0;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    // ------------------------------------------------------------------ chains

    /** Splits a run of connected figures at its relations and pairs up neighbouring sides. */
    private static void chain(DocumentAnalysis analysis, Segment seg, List<Token> tokens, List<Gap> gaps, List<Calculation> out) {
        if (tokens.size() < 2 || gaps.stream().noneMatch(g -> g.kind() == GapKind.RELATION)) return;
        for (Token t : tokens) if (t.blocks()) return;
        List<Expr> sides = new ArrayList<>();
        List<Gap> relations = new ArrayList<>();
        List<Operand> operands = new ArrayList<>();
        List<Op> ops = new ArrayList<>();
        List<int[]> parens = new ArrayList<>(); // {open before, close after}
        int openNext = leadingParens(seg, tokens.get(0));
        for (int i = 0; i < tokens.size(); i++) {
            operands.add(tokens.get(i).operand());
            int close = 0;
            Gap next = i < gaps.size() ? gaps.get(i) : null;
            if (next != null) close = next.close();
            parens.add(new int[] {openNext, close});
            openNext = next != null ? next.open() : 0;
            if (next == null || next.kind() == GapKind.RELATION) {
                sides.add(expr(operands, ops, parens));
                operands = new ArrayList<>();
                ops = new ArrayList<>();
                parens = new ArrayList<>();
                if (next != null) relations.add(next);
            } else {
                ops.add(next.op());
            }
        }
        int first = 0;
        int last = sides.size() - 1;
        // an operator before the first figure or after the last means a side runs on past what we can read ("N × 20 req/day")
        if (operatorBefore(seg, tokens.get(0))) first++;
        if (operatorAfter(seg, tokens.get(tokens.size() - 1)) || comparativeAfter(seg, tokens.get(tokens.size() - 1))) last--;
        for (int k = first; k < last; k++) {
            Expr l = sides.get(k);
            Expr r = sides.get(k + 1);
            Gap rel = relations.get(k);
            if (l.single() && r.single()) {
                // a conversion ("1 day = 86,400 s"): two figures with units of the same kind, joined by a sign
                if (rel.words() || l.first().bare() || r.first().bare() || l.first().dims().dimensionless()) continue;
            }
            if (l.single() && definition(l.first())) continue; // "1 epoch = 10k steps × 64": what one thing is made of
            out.add(new Calculation(l, r, rel.relation(), text(analysis, l), text(analysis, r)));
        }
    }

    /** One of a counted thing: "1 epoch", "1 node", "one request" — the left side of a definition, not a result. */
    private static boolean definition(Operand o) {
        return o.quantity() != null && o.quantity().dimension() == Dimension.COUNT && o.written().isPoint() && o.written().low() == 1;
    }

    private static Expr expr(List<Operand> operands, List<Op> ops, List<int[]> parens) {
        int[] open = new int[operands.size()];
        int[] close = new int[operands.size()];
        for (int i = 0; i < operands.size(); i++) {
            open[i] = parens.get(i)[0];
            close[i] = parens.get(i)[1];
        }
        return new Expr(operands, ops, open, close);
    }

    private static int leadingParens(Segment seg, Token t) {
        String before = seg.pieces().get(t.piece()).text().substring(Math.max(0, t.start() - WINDOW), t.start());
        int n = 0;
        for (int i = before.length() - 1; i >= 0; i--) {
            char c = before.charAt(i);
            if (c == '(' || c == '[') n++;
            else if (!Character.isWhitespace(c)) break;
        }
        return n;
    }

    /** An operator before the first figure, in the same clause: "N × 20 req/day", "4 × A100 80 GB". */
    private static boolean operatorBefore(Segment seg, Token t) {
        String text = seg.pieces().get(t.piece()).text();
        String before = stripLabels(text.substring(Math.max(0, t.start() - WINDOW), t.start()), false, true);
        if (OPERATOR_BEFORE.find(before)) return true;
        int from = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')), Math.max(before.lastIndexOf(". "), before.lastIndexOf(':')));
        return hasOperator(before.substring(from + 1));
    }

    /** An operator after the last figure, in the same clause: "= 320 GB per node × 2". */
    private static boolean operatorAfter(Segment seg, Token t) {
        String text = seg.pieces().get(t.piece()).text();
        String after = stripLabels(text.substring(t.end(), Math.min(text.length(), t.end() + WINDOW)), true, false);
        if (OPERATOR_AFTER.find(after)) return true;
        int to = after.length();
        for (char c : new char[] {',', ';', ':'}) {
            int i = after.indexOf(c);
            if (i >= 0) to = Math.min(to, i);
        }
        int dot = after.indexOf(". ");
        if (dot >= 0) to = Math.min(to, dot);
        return hasOperator(after.substring(0, to));
    }

    /** An arithmetic sign: ×, ÷, +, −, or a spaced x, / or - ; a "*" only when it is not emphasis. */
    private static boolean hasOperator(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char before = i > 0 ? s.charAt(i - 1) : ' ';
            char after = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            switch (c) {
                case '×', '÷', '−', '·', '⋅', '+' -> {
                    return true;
                }
                case '*' -> {
                    if (Character.isWhitespace(before) && Character.isWhitespace(after)) return true;
                }
                case 'x', 'X', '/', '-' -> {
                    if (Character.isWhitespace(before) && Character.isWhitespace(after)) return true;
                }
                default -> { }
            }
        }
        return false;
    }

    private static boolean comparativeAfter(Segment seg, Token t) {
        String after = seg.pieces().get(t.piece()).text().substring(t.end());
        return COMPARATIVE_AFTER.find(after);
    }

    private static String text(DocumentAnalysis analysis, Expr e) {
        String s = analysis.document().text().substring(e.start(), e.end()).replaceAll("\\s+", " ").replace("|", " ").replaceAll(" {2,}", " ").strip();
        s = s.replace("**", "");
        if (count(s, '(') != count(s, ')')) s = s.replace("(", "").replace(")", "").replaceAll(" {2,}", " ").strip();
        while (!s.isEmpty() && "~≈∼≃ ".indexOf(s.charAt(0)) >= 0) s = s.substring(1);
        return s.length() <= 90 ? s : s.substring(0, 87) + "...";
    }
}
