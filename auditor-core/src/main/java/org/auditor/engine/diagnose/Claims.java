package org.auditor.engine.diagnose;

import java.util.List;
import java.util.function.UnaryOperator;

import org.auditor.model.Breakdown;
import org.auditor.model.Change;
import org.auditor.model.Claim;
import org.auditor.model.Direction;
import org.auditor.model.Quantity;
import org.auditor.model.Rate;
import org.auditor.model.ScoreLine;
import org.auditor.model.Share;

/** Claims with some of their quantities replaced: the same assertion about what the report may have meant. */
final class Claims {
    private Claims() {}

    /** The claim with every quantity passed through {@code f} (absent quantities stay absent); null for an unknown claim type. */
    static Claim map(Claim c, UnaryOperator<Quantity> f) {
        UnaryOperator<Quantity> g = q -> q == null ? null : f.apply(q);
        if (c instanceof Breakdown b) return new Breakdown(b.id(), b.basis(), g.apply(b.total()), b.parts().stream().map(g).toList());
        if (c instanceof Share s) return new Share(s.id(), g.apply(s.part()), g.apply(s.base()), g.apply(s.percent()), s.group());
        if (c instanceof Change ch) return new Change(ch.id(), g.apply(ch.current()), g.apply(ch.prior()), g.apply(ch.delta()),
                g.apply(ch.percent()), ch.direction(), ch.directionWord());
        if (c instanceof Rate r) return new Rate(r.id(), g.apply(r.actual()), g.apply(r.budget()), g.apply(r.percent()), r.comparison(),
                r.comparisonWord());
        if (c instanceof ScoreLine s) return new ScoreLine(s.id(), s.kind(), g.apply(s.total()), g.apply(s.full()),
                s.items().stream().map(g).toList());
        return null;
    }

    /** Replaces one quantity. */
    static UnaryOperator<Quantity> replacing(Quantity printed, Quantity meant) {
        return q -> q.equals(printed) ? meant : q;
    }

    /** A breakdown with other parts. */
    static Breakdown withParts(Breakdown b, List<Quantity> parts) { return new Breakdown(b.id(), b.basis(), b.total(), parts); }

    /** A change or rate with its direction (or comparison) word turned to {@code d}, the word kept for messages. */
    static Claim withDirection(Claim c, Direction d, String word) {
        if (c instanceof Change ch) return new Change(ch.id(), ch.current(), ch.prior(), ch.delta(), ch.percent(), d, word);
        if (c instanceof Rate r) return new Rate(r.id(), r.actual(), r.budget(), r.percent(), d, word);
        return null;
    }
}
