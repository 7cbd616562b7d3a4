package org.auditor.engine.diagnose;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.auditor.model.Diagnosis;
import org.auditor.model.Printed;
import org.auditor.model.Quantity;

/**
 * A slip in typing one number of the relation. Each subclass lists the numbers the writer may have meant;
 * a reading is kept when the relation then holds. A reading that changes how many decimals a number has
 * must bring it to the report's usual precision (a slip away from "27.70" prints "277.0", it does not
 * print "27.70" for "277.0"), which keeps most coincidences out. Readings are scored with what they do to
 * the document's other relations ({@link Case#support}).
 */
abstract class DigitTypo implements Explanation {
    private final Diagnosis.Kind kind;
    private final double prior;

    DigitTypo(Diagnosis.Kind kind, double prior) {
        this.kind = kind;
        this.prior = prior;
    }

    /** The numbers the writer may have meant when printing {@code printed}. */
    abstract List<String> meant(Digits printed);

    /** The clause that names the slip, e.g. "相邻两位数字颠倒". */
    abstract String slip(Quantity printed, Quantity meant);

    @Override public List<Diagnosis> explain(Case c) {
        List<Diagnosis> out = new ArrayList<>();
        if (c.recheck() == null) return out;
        for (Quantity q : new LinkedHashSet<>(c.check().involved())) {
            Digits d = Digits.of(q.text());
            if (d == null || q.isZero()) continue;
            int usual = c.usualDecimals(q), printedDecimals = q.number().decimals();
            for (String text : new LinkedHashSet<>(meant(d))) {
                if (text == null) continue;
                Printed p = Printed.parse(text);
                if (p.value().compareTo(q.number().value()) == 0) continue;
                if (p.decimals() != printedDecimals && (p.decimals() != usual || printedDecimals == usual)) continue;
                Quantity m = q.withNumber(p);
                if (!c.holdsWith(q, m)) continue;
                Case.Support s = c.support(q, m);
                String why = String.format("%s %s（%s）疑为 %s 之误（%s）：按 %s 计，该项核对成立%s", Texts.name(q), q.display(),
                        Texts.where(q), m.display(), slip(q, m), m.text(), s.describe());
                out.add(new Diagnosis(kind, why, q, m.display(), List.of(q), prior + s.weight()));
            }
        }
        return out;
    }
}
