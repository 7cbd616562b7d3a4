package org.auditor.engine.diagnose;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.auditor.model.Diagnosis;
import org.auditor.model.Printed;
import org.auditor.model.Quantity;

/**
 * A slip in typing one number of the relation. Each subclass lists the numbers the writer may have meant;
 * a reading is kept when the relation then holds. Readings are scored with what they do to the document's
 * other relations ({@link Case#support}) and with the report's habit of precision: a reading with more
 * decimals than the report ever prints is dropped, one that brings an odd number ("257.549" in a report
 * of two decimals) back to the usual precision is preferred, one that leaves it is less likely (fewer
 * decimals than usual may just be trailing zeros left off, so they weigh half; but a trailing zero in
 * fewer decimals than usual, "120.0", is printed by neither habit). A reading the report prints elsewhere
 * (nearby more than far) is corroborated.
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

    /** Whether a printed number is long enough for this slip to be told from coincidence. */
    boolean applies(Digits printed) { return true; }

    /**
     * A number printed outside the relation with the reading's value, nearest first; null when there is none
     * or when the reading is too short (fewer than three significant digits) for a match to mean anything.
     */
    private static Quantity corroboration(Case c, Quantity printed, Quantity meant) {
        if (meant.number().value().unscaledValue().abs().toString().length() < 3) return null;
        for (Quantity o : c.nearestByValue(printed, printed, c.check().involved()))
            if (o.value().compareTo(meant.value()) == 0 && o.unitText().equals(printed.unitText())) return o;
        return null;
    }

    /** How far a number's precision is from the usual one: extra decimals count double. */
    private static int offPrecision(int decimals, int usual) {
        return decimals > usual ? 2 * (decimals - usual) : usual - decimals;
    }

    @Override public List<Diagnosis> explain(Case c) {
        List<Diagnosis> out = new ArrayList<>();
        if (c.recheck() == null) return out;
        for (Quantity q : new LinkedHashSet<>(c.check().involved())) {
            Digits d = Digits.of(q.text());
            if (d == null || q.isZero() || !applies(d)) continue;
            int usual = c.usualDecimals(q), printedDecimals = q.number().decimals();
            for (String text : new LinkedHashSet<>(meant(d))) {
                if (text == null) continue;
                Printed p = Printed.parse(text);
                if (p.value().compareTo(q.number().value()) == 0) continue;
                if (p.decimals() > Math.max(usual, printedDecimals)) continue;
                // "120.0" where the report prints "120.00" or "120": no way of printing gives it
                if (p.decimals() > 0 && p.decimals() < usual && text.endsWith("0")) continue;
                Quantity m = q.withNumber(p);
                if (!c.holdsWith(q, m)) continue;
                Case.Support s = c.support(q, m);
                double precision = Math.max(-0.2, Math.min(0.2, 0.1 * (offPrecision(printedDecimals, usual) - offPrecision(p.decimals(), usual))));
                String why = String.format("%s %s（%s）疑为 %s 之误（%s）：按 %s 计，该项核对成立%s", Texts.name(q), q.display(),
                        Texts.where(q), m.display(), slip(q, m), m.text(), s.describe());
                Quantity seen = corroboration(c, q, m);
                if (seen != null) why += "；" + Texts.cite(seen) + "正是此数";
                double corroborated = seen == null ? 0 : Case.affinity(q, seen) > 0 ? 0.1 : 0.05;
                out.add(new Diagnosis(kind, why, q, m.display(), seen == null ? List.of(q) : List.of(q, seen),
                        prior + precision + corroborated - c.misfitWith(q, m) + s.weight()));
            }
        }
        return out;
    }
}
