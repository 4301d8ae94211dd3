package dev.rubric.core.analysis;

import dev.rubric.core.fix.FixFactory;
import dev.rubric.core.model.DesignDocument;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.model.TextMemo;
import dev.rubric.core.quantity.Quantity;
import dev.rubric.core.quantity.QuantityParser;
import dev.rubric.core.rule.Suppressions;
import dev.rubric.core.template.TemplateMapping;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What rules share about one document: the template mapping, the quantities of each prose
 * unit (parsed once, on first use), suppressions and the fix factory. Built once per lint so
 * no rule re-reads the whole document for another rule's sake.
 */
public final class DocumentAnalysis {
    private final DesignDocument document;
    private final TemplateMapping mapping;
    private final FixFactory fixes;
    private final Suppressions suppressions;
    private final UnitFacts facts;
    private final Map<Key<?>, Object> shared = new HashMap<>();

    public DocumentAnalysis(DesignDocument document, TemplateMapping mapping, Suppressions suppressions) {
        this(document, mapping, suppressions, UnitFacts.toBeRead(document));
    }

    /** @param facts what is known of each unit already ({@link UnitFacts#readAll}); filled in further on demand */
    public DocumentAnalysis(DesignDocument document, TemplateMapping mapping, Suppressions suppressions, UnitFacts facts) {
        if (facts.quantities.length != document.units().size()) throw new IllegalArgumentException("facts of another document");
        this.document = document;
        this.mapping = mapping;
        this.fixes = new FixFactory(document, mapping);
        this.suppressions = suppressions;
        this.facts = facts;
    }

    /**
     * Per unit, its quantities and whether it is worth reading: they need neither the template
     * nor the rules, so the linter can work them out on one core while it chooses the template
     * on the other.
     */
    public static final class UnitFacts {
        private final List<Quantity>[] quantities;
        /** 0 not yet known, 1 readable, 2 not (placeholder, scaffold blank or table of contents). */
        private final byte[] readable;

        @SuppressWarnings("unchecked")
        private UnitFacts(DesignDocument document) {
            this.quantities = new List[document.units().size()];
            this.readable = new byte[document.units().size()];
        }

        /** No unit's facts yet: each is worked out on first use. */
        public static UnitFacts toBeRead(DesignDocument document) {
            return new UnitFacts(document);
        }

        /** Every unit's facts, worked out now. */
        public static UnitFacts readAll(DesignDocument document) {
            UnitFacts facts = new UnitFacts(document);
            facts.readEach(document);
            return facts;
        }

        private void readEach(DesignDocument document) {
            for (ProseUnit u : document.units()) {
                quantities(u);
                readable(u);
            }
        }

        @SuppressWarnings("unchecked")
        private List<Quantity> quantities(ProseUnit unit) {
            List<Quantity> q = quantities[unit.index()];
            if (q == null) {
                // quantities depend on the text alone (offsets within it): text a later version
                // reuses unchanged keeps them in its memo, an unmodifiable list
                TextMemo memo = unit.memo();
                q = memo == null ? null : (List<Quantity>) memo.quantities();
                if (q == null) {
                    q = QuantityParser.find(unit.text());
                    if (memo != null) memo.keepQuantities(q);
                }
                quantities[unit.index()] = q;
            }
            return q;
        }

        private boolean readable(ProseUnit unit) {
            byte r = readable[unit.index()];
            if (r == 0) {
                r = ConcernRule.readable(unit) ? (byte) 1 : (byte) 2;
                readable[unit.index()] = r;
            }
            return r == 1;
        }
    }

    public DesignDocument document() {
        return document;
    }

    public TemplateMapping mapping() {
        return mapping;
    }

    public FixFactory fixes() {
        return fixes;
    }

    public Suppressions suppressions() {
        return suppressions;
    }

    /**
     * Whether a unit is worth reading as evidence ({@link ConcernRule#readable(ProseUnit)}),
     * decided once per unit instead of once per rule: the check normalises the unit and its
     * section's heading, which cost more than most rules' own look at the unit.
     */
    public boolean readable(ProseUnit unit) {
        return facts.readable(unit);
    }

    /** Names a result several rules derive from the whole document, such as its stated calculations. */
    public static final class Key<T> {
        private final String name;

        public Key(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * A result derived from this document, computed by the first rule that asks and shared with
     * the others. Rules of one lint run one after another, but a lint may be read by several
     * threads afterwards (the language server's requests), hence the lock.
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> T shared(Key<T> key, Function<DocumentAnalysis, T> compute) {
        Object value = shared.get(key);
        if (value == null) {
            value = compute.apply(this);
            shared.put(key, value);
        }
        return (T) value;
    }

    /**
     * Computes now what rules otherwise compute on first use and share through plain arrays
     * (each unit's quantities and readability), so rules may then run on several threads and
     * only read them. Results shared by key are locked ({@link #shared}).
     */
    public void prepareForConcurrentRules() {
        facts.readEach(document);
    }

    /** Quantities in a unit's text, offsets relative to the unit's start. */
    public List<Quantity> quantities(ProseUnit unit) {
        return facts.quantities(unit);
    }
}
