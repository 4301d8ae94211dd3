package dev.rubric.core.numbers;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * One side of a stated calculation: figures joined by ×, /, + and −, with the usual precedence
 * and parentheses. Evaluated on intervals so a range ("50–100 ms") gives a range.
 */
public final class Expr {
    /** An arithmetic operator. */
    public enum Op {
        MUL("×", 2), DIV("/", 2), ADD("+", 1), SUB("−", 1);

        final String symbol;
        final int precedence;

        Op(String symbol, int precedence) {
            this.symbol = symbol;
            this.precedence = precedence;
        }

        public String symbol() {
            return symbol;
        }
    }

    /** A value with its dimension. */
    public record Value(Interval interval, Dims dims) {
    }

    private final List<Operand> operands;
    private final List<Op> ops;
    private final int[] open;
    private final int[] close;

    Expr(List<Operand> operands, List<Op> ops, int[] open, int[] close) {
        this.operands = List.copyOf(operands);
        this.ops = List.copyOf(ops);
        boolean balanced = balanced(open, close);
        this.open = balanced ? open : new int[operands.size()];
        this.close = balanced ? close : new int[operands.size()];
    }

    public List<Operand> operands() {
        return operands;
    }

    public List<Op> ops() {
        return ops;
    }

    public boolean single() {
        return operands.size() == 1;
    }

    public Operand first() {
        return operands.get(0);
    }

    public Operand last() {
        return operands.get(operands.size() - 1);
    }

    /** True if the operand is only multiplied or divided (a candidate unit-conversion factor). */
    boolean onlyScales(int i) {
        if (i > 0 && (ops.get(i - 1) == Op.ADD || ops.get(i - 1) == Op.SUB)) return false;
        return i >= ops.size() || ops.get(i) == Op.MUL || ops.get(i) == Op.DIV;
    }

    private static boolean balanced(int[] open, int[] close) {
        int depth = 0;
        for (int i = 0; i < open.length; i++) {
            depth += open[i];
            depth -= close[i];
            if (depth < 0) return false;
        }
        return depth == 0;
    }

    /** Evaluates with the given value per figure, each keeping its own dimension. */
    public Value eval(Function<Operand, Interval> valueOf) {
        return evalValues(o -> {
            Interval v = valueOf.apply(o);
            return v == null ? null : new Value(v, o.dims());
        });
    }

    /** Evaluates with the given value and dimension per figure; null if the units do not combine (ms + GB) or a divisor is zero. */
    public Value evalValues(Function<Operand, Value> valueOf) {
        Deque<Value> values = new ArrayDeque<>();
        Deque<Object> stack = new ArrayDeque<>(); // Op or the marker PAREN
        for (int i = 0; i < operands.size(); i++) {
            if (i > 0) {
                Op op = ops.get(i - 1);
                while (!stack.isEmpty() && stack.peek() instanceof Op top && top.precedence >= op.precedence) {
                    if (!apply((Op) stack.pop(), values)) return null;
                }
                stack.push(op);
            }
            for (int p = 0; p < open[i]; p++) stack.push(PAREN);
            Operand o = operands.get(i);
            Value v = valueOf.apply(o);
            if (v == null || !v.interval().finite()) return null;
            values.push(v);
            for (int p = 0; p < close[i]; p++) {
                while (!stack.isEmpty() && stack.peek() != PAREN) {
                    if (!apply((Op) stack.pop(), values)) return null;
                }
                if (!stack.isEmpty()) stack.pop();
            }
        }
        while (!stack.isEmpty()) {
            Object top = stack.pop();
            if (top instanceof Op op && !apply(op, values)) return null;
        }
        return values.size() == 1 ? values.pop() : null;
    }

    private static final Object PAREN = new Object();

    private static boolean apply(Op op, Deque<Value> values) {
        if (values.size() < 2) return false;
        Value b = values.pop();
        Value a = values.pop();
        Value r;
        switch (op) {
            case MUL -> r = new Value(a.interval().times(b.interval()), a.dims().times(b.dims()));
            case DIV -> {
                if (b.interval().containsZero()) return false;
                r = new Value(a.interval().over(b.interval()), a.dims().over(b.dims()));
            }
            case ADD -> {
                if (!a.dims().equals(b.dims())) return false;
                r = new Value(a.interval().plus(b.interval()), a.dims());
            }
            default -> {
                if (!a.dims().equals(b.dims())) return false;
                r = new Value(a.interval().minus(b.interval()), a.dims());
            }
        }
        values.push(r);
        return true;
    }

    /** Document span from the first figure to the last. */
    public int start() {
        return first().start();
    }

    public int end() {
        return last().end();
    }

    /**
     * Figures that may be conversion factors written out by hand: bare numbers ("86,400") and
     * durations ("86,400 s", "24 h", "730 h") that only multiply or divide.
     */
    public List<Operand> scaleCandidates() {
        List<Operand> out = new ArrayList<>();
        if (single()) return out;
        for (int i = 0; i < operands.size(); i++) {
            Operand o = operands.get(i);
            boolean duration = o.quantity() != null && o.quantity().dimension() == dev.rubric.core.quantity.Dimension.TIME;
            if ((o.bare() || duration) && onlyScales(i) && o.written().isPoint() && o.written().low() >= 2) out.add(o);
        }
        return out;
    }

    /** Percentages of 90% or more that multiply: "99.9% × 30 days" may mean the 0.1% left over. */
    public List<Operand> complementCandidates() {
        List<Operand> out = new ArrayList<>();
        if (single()) return out;
        for (int i = 0; i < operands.size(); i++) {
            Operand o = operands.get(i);
            if (o.quantity() != null && o.quantity().dimension() == dev.rubric.core.quantity.Dimension.PERCENT && onlyScales(i)
                    && o.written().isPoint() && o.written().low() >= 90 && o.written().low() < 100) {
                out.add(o);
            }
        }
        return out;
    }
}
