package org.auditor.engine.diagnose;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.auditor.model.Breakdown;
import org.auditor.model.Diagnosis;
import org.auditor.model.Quantity;

/**
 * An item counted twice: the parts exceed the total by exactly one listed part (listed twice, or listed
 * though it does not belong), or the total exceeds the parts by exactly one of them (the total counted it
 * twice). An item that really is listed twice — the same digits twice among the parts — is the strongest case.
 */
public final class DoubledItem implements Explanation {
    @Override public List<Diagnosis> explain(Case c) {
        Recheck r = c.recheck();
        List<Diagnosis> out = new ArrayList<>();
        if (r == null || r.relation() != Recheck.Relation.SUM) return out;
        Breakdown b = (Breakdown) r.claim();
        List<Quantity> parts = b.parts();
        Set<String> done = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            Quantity x = parts.get(i);
            if (x.isZero() || !done.add(x.display())) continue;
            List<Quantity> without = new ArrayList<>(parts);
            without.remove(i);
            if (Recheck.holds(r.on(Claims.withParts(b, without)))) {
                Quantity twin = twin(parts, x);
                String why = twin != null
                        ? String.format("%s 在明细中列了两次（%s、%s）：去掉重复的一项，明细合计与%s %s 相符", x.display(), Texts.where(twin),
                                Texts.where(x), Texts.name(b.total()), b.total().display())
                        : String.format("明细合计比%s %s 多出 %s，恰为所列 %s：该项疑重复计列或不应列入", Texts.name(b.total()),
                                b.total().display(), x.display(), Texts.cite(x));
                Quantity subject = twin != null && parts.indexOf(twin) > i ? twin : x; // the later copy is the extra one
                out.add(new Diagnosis(Diagnosis.Kind.DOUBLED_ITEM, why, subject, x.display(), List.of(subject, b.total()),
                        twin != null ? 0.95 : 0.6));
            }
            List<Quantity> twice = new ArrayList<>(parts);
            twice.add(x);
            if (Recheck.holds(r.on(Claims.withParts(b, twice)))) {
                String why = String.format("%s %s 比明细合计多出 %s，恰为所列 %s：合计数疑将该项计算了两次", Texts.name(b.total()),
                        b.total().display(), x.display(), Texts.cite(x));
                out.add(new Diagnosis(Diagnosis.Kind.DOUBLED_ITEM, why, b.total(), x.display(), List.of(b.total(), x), 0.55));
            }
        }
        return out;
    }

    /** Another part printed with the same digits and unit, or null. */
    private static Quantity twin(List<Quantity> parts, Quantity x) {
        for (Quantity p : parts) if (p != x && !p.equals(x) && p.display().equals(x.display())) return p;
        return null;
    }
}
