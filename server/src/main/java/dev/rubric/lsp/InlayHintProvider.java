package dev.rubric.lsp;

import dev.rubric.core.numbers.DerivedRates;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Inlay hints: derived values after the figures that imply them ("≈ 11.6k QPS avg"). */
final class InlayHintProvider {
    private final Analyzer analyzer;

    InlayHintProvider(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    List<InlayHint> hints(String uri, Range range, PositionEncoding encoding, CancelChecker cancel) {
        Analysis analysis = analyzer.current(uri, cancel);
        if (analysis == null || analysis.ignored()) return List.of();
        var result = analysis.result();
        Coordinates coordinates = new Coordinates(result.document().lines(), encoding);
        List<InlayHint> hints = new ArrayList<>();
        for (DerivedRates.Derived d : DerivedRates.find(result.analysis())) {
            var position = coordinates.position(d.offset());
            if (range != null && (position.getLine() < range.getStart().getLine() || position.getLine() > range.getEnd().getLine())) continue;
            InlayHint hint = new InlayHint(position, Either.forLeft(d.label()));
            hint.setKind(InlayHintKind.Type);
            hint.setPaddingLeft(true);
            hints.add(hint);
        }
        return hints;
    }
}
