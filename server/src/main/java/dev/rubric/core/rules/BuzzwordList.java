package dev.rubric.core.rules;

import dev.rubric.core.model.ProseKind;
import dev.rubric.core.model.ProseUnit;
import dev.rubric.core.model.Words;
import dev.rubric.core.rule.Rule;
import dev.rubric.core.rule.RuleContext;
import dev.rubric.core.rule.Severity;
import dev.rubric.core.text.FastPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A list of ML concerns recited with no decision attached ("class imbalance, label noise,
 * overfitting"): reviewers read it as name-dropping. Each item should say what you do about it.
 */
public final class BuzzwordList implements Rule {
    /** Searched word start by word start ({@link FastPattern}): dozens of phrases, tried in one walk. */
    private static final FastPattern BUZZWORD = FastPattern.compile(
            "\\b(?:class imbalance|imbalanced data|data imbalance|label noise|noisy labels|overfitting|underfitting|data drift|concept drift"
                    + "|cold start|data missingness|missing data|missing values|data leakage|leakage|bias|fairness|explainability|interpretability"
                    + "|feature engineering|hyperparameter tuning|regularization|regularisation|scalability|position bias|feedback loops?"
                    + "|exploration|exploitation|distribution shift|covariate shift|outliers|sparsity|curse of dimensionality|privacy"
                    + "|data quality|latency|robustness|generalization|generalisation|transfer learning|ensembling|embeddings?|a/b testing"
                    + "|monitoring|retraining|calibration|vanishing gradients?|dropout|batch normalization|data augmentation|sampling)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DECISION = Pattern.compile(
            "\\b(?:we|use|using|by|via|because|so that|mitigate|handle|address|apply|add|choose|chose|instead|with|through|fix|solve|prevent"
                    + "|reduce|detect|monitor(?:ed)? by|re-?weight|downsampl\\w*|oversampl\\w*|undersampl\\w*)\\b|:|→|->|\\d",
            Pattern.CASE_INSENSITIVE);
    private static final int MIN_ITEMS = 3;

    @Override
    public String id() {
        return "buzzword-list";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "Lists of ML concerns say what is done about each, not just name them.";
    }

    @Override
    public void check(RuleContext ctx) {
        java.util.Map<Integer, Integer> sentencesPerItem = new java.util.HashMap<>();
        for (ProseUnit u : ctx.document().units()) sentencesPerItem.merge(u.block(), 1, Integer::sum);
        for (List<ProseUnit> list : lists(ctx.document().units())) {
            int bare = 0;
            for (ProseUnit item : list) {
                // words are counted alike before and after folding whitespace: most items are ruled out unfolded
                if (sentencesPerItem.get(item.block()) != 1 || Words.count(item.text()) > 5) continue;
                String t = item.normalized();
                if (BUZZWORD.find(t) && !DECISION.matcher(t).find()) bare++;
            }
            if (list.size() >= MIN_ITEMS && bare * 4 >= list.size() * 3) {
                ProseUnit first = list.get(0);
                ProseUnit last = list.get(list.size() - 1);
                ctx.report(ctx.document().range(first.startOffset(), last.range().endOffset()),
                        "A list of " + list.size() + " ML concerns with no decision attached: say what you do about each, e.g. \""
                                + example(first.normalized()) + ": handled by ___ because ___\".");
            }
        }
    }

    private static String example(String item) {
        String t = item.replaceAll("[.;,]+$", "");
        return t.isEmpty() ? "Class imbalance" : Character.toUpperCase(t.charAt(0)) + t.substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * Runs of list items that follow each other in the same section at the same depth. An
     * item is represented by its first sentence; an item of several sentences is not bare.
     */
    private static List<List<ProseUnit>> lists(List<ProseUnit> units) {
        List<List<ProseUnit>> lists = new ArrayList<>();
        List<ProseUnit> current = new ArrayList<>();
        ProseUnit prev = null;
        for (ProseUnit u : units) {
            boolean item = u.kind() == ProseKind.LIST_ITEM;
            if (item && prev != null && prev.kind() == ProseKind.LIST_ITEM && u.block() == prev.block()) {
                prev = u; // a further sentence of the same item
                continue;
            }
            boolean continues = item && prev != null && prev.kind() == ProseKind.LIST_ITEM
                    && u.section() == prev.section() && u.listDepth() == prev.listDepth();
            if (!continues) {
                if (current.size() >= MIN_ITEMS) lists.add(current);
                current = new ArrayList<>();
            }
            if (item) current.add(u);
            prev = u;
        }
        if (current.size() >= MIN_ITEMS) lists.add(current);
        return lists;
    }
}
