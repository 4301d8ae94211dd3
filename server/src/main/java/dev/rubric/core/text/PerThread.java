package dev.rubric.core.text;

import java.util.function.Supplier;

/**
 * A value per thread, like {@link ThreadLocal}, found without ThreadLocal's hash lookup on the
 * hot path. Flexmark gives every segmented sequence of its default kind a ThreadLocal of its
 * own, so a thread that parses such sequences fills its ThreadLocal map with thousands of
 * short-lived entries, and every other lookup in that map walks long runs of them: profiled,
 * the rules' ThreadLocal lookups took a fifth of a lint. (Rubric's own parses now use the full
 * kind, which has none, {@code DocumentParser.based}; a caller's Flexmark parse on the same
 * thread, or Flexmark's reference parse in a benchmark, still may.) Here a small table indexed
 * by thread id remembers which thread owns which value, and the ThreadLocal is asked only when
 * a thread meets its slot taken by another.
 */
final class PerThread<T> {
    private static final int SLOTS = 16;

    /** Immutable: a slot read by a thread that did not write it is either whole or null. */
    private record Slot<T>(Thread owner, T value) {
    }

    private final ThreadLocal<T> values;
    @SuppressWarnings("unchecked")
    private final Slot<T>[] slots = (Slot<T>[]) new Slot<?>[SLOTS];

    PerThread(Supplier<T> initial) {
        this.values = ThreadLocal.withInitial(initial);
    }

    /** This thread's value; only this thread is given it. */
    T get() {
        Thread current = Thread.currentThread();
        int index = (int) (current.getId() & (SLOTS - 1));
        Slot<T> slot = slots[index];
        if (slot != null && slot.owner() == current) return slot.value();
        T value = values.get();
        slots[index] = new Slot<>(current, value);
        return value;
    }
}
