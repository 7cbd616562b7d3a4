package org.auditor.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.auditor.model.Breakdown;
import org.auditor.model.Check;
import org.auditor.model.Claim;
import org.auditor.model.Diagnosis.Kind;
import org.auditor.model.Document;
import org.auditor.model.Quantity;
import org.auditor.model.QuantityKind;
import org.auditor.model.Rate;
import org.auditor.model.Report;
import org.auditor.model.Share;
import org.auditor.model.TextLine;

/**
 * Typo-like faults injected into a seed report at relations that hold: each fault edits the text of one
 * line the way a writer slips (two adjacent digits swapped, a digit dropped or typed twice, the decimal
 * point moved, 万元 written 元, a percentage worked out on another printed amount, a listed item left out
 * or listed twice) and records what the diagnoser should say: the cause, the number it should blame and
 * the value it should restore. Deterministic for a given seed. The fault model is written independently of
 * the diagnoser's own readings, so that the two can disagree.
 */
final class FaultInjector {
    /** The kinds injected, in the order they are reported. */
    static final List<Kind> KINDS = List.of(Kind.TRANSPOSITION, Kind.DROPPED_DIGIT, Kind.DOUBLED_DIGIT, Kind.DECIMAL_SHIFT,
            Kind.UNIT_SLIP, Kind.WRONG_BASE, Kind.MISSING_ITEM, Kind.DOUBLED_ITEM);

    /**
     * One injected fault.
     *
     * @param target     the passed check of the clean report whose relation the fault breaks
     * @param spotLine   line of the number the target relation is found by in the faulted text
     * @param spotColumn its column there
     * @param blamed     whether the diagnosis must name the number at the spot (digit and unit slips)
     * @param corrected  the value the diagnosis should give, as the report would print it
     * @param lostValue  for a dropped item, the value that must still be printed elsewhere for any
     *                   explanation to find it (null otherwise); {@code lostKind} is the dropped number
     * @param alike      the kinds of slip that turn the number into the same text ("0.07" → "0.7" is a dropped
     *                   digit and a moved point alike): naming any of them names the cause
     */
    record Fault(Kind kind, String file, Check target, Document faulted, int spotLine, int spotColumn, boolean blamed,
                 String corrected, BigDecimal lostValue, Quantity lostKind, String edit, java.util.Set<Kind> alike) {}

    private final Random random;

    FaultInjector(long seed) { this.random = new Random(seed); }

    /** Up to {@code perKind} faults of every kind over the given clean reports, drawn at random. */
    List<Fault> inject(List<Clean> reports, int perKind) {
        Map<Kind, List<Fault>> all = new EnumMap<>(Kind.class);
        for (Kind k : KINDS) all.put(k, new ArrayList<>());
        for (Clean c : reports) {
            for (Check t : c.passed()) {
                for (Quantity q : t.involved()) {
                    if (!printedAt(c.doc(), q)) continue;
                    add(all, typo(c, t, q, Kind.TRANSPOSITION));
                    add(all, typo(c, t, q, Kind.DROPPED_DIGIT));
                    add(all, typo(c, t, q, Kind.DOUBLED_DIGIT));
                    add(all, typo(c, t, q, Kind.DECIMAL_SHIFT));
                    add(all, unitSlip(c, t, q));
                }
                add(all, wrongBase(c, t));
                add(all, item(c, t, false));
                add(all, item(c, t, true));
            }
        }
        List<Fault> out = new ArrayList<>();
        for (Kind k : KINDS) {
            List<Fault> fs = all.get(k);
            Collections.shuffle(fs, random);
            out.addAll(fs.subList(0, Math.min(perKind, fs.size())));
        }
        return out;
    }

    /** A clean seed: its text, its model and its passed checks. */
    record Clean(String file, Document doc, Report model, List<Check> passed) {}

    private static void add(Map<Kind, List<Fault>> all, Fault f) { if (f != null) all.get(f.kind()).add(f); }

    // ---- digit slips ---------------------------------------------------------------------------------

    private Fault typo(Clean c, Check t, Quantity q, Kind kind) {
        String text = q.text();
        if (!text.matches("\\d+(\\.\\d+)?") || q.isZero()) return null;
        List<String> slips = slips(text, kind);
        if (slips.isEmpty()) return null;
        String slipped = slips.get(random.nextInt(slips.size()));
        java.util.Set<Kind> alike = java.util.EnumSet.noneOf(Kind.class);
        for (Kind k : List.of(Kind.TRANSPOSITION, Kind.DROPPED_DIGIT, Kind.DOUBLED_DIGIT, Kind.DECIMAL_SHIFT))
            if (slips(text, k).contains(slipped)) alike.add(k);
        return new Fault(kind, c.file(), t, replace(c.doc(), q, text.length(), slipped), q.location().line(), q.location().column(),
                true, q.display(), null, null, text + " → " + slipped, alike);
    }

    /** Every way {@code text} can be mistyped by one slip of the kind, as printable numbers of another value. */
    static List<String> slips(String text, Kind kind) {
        int dot = text.indexOf('.');
        String digits = text.replace(".", "");
        int point = dot < 0 ? digits.length() : dot;
        List<String> out = new ArrayList<>();
        switch (kind) {
            case TRANSPOSITION -> {
                for (int i = 0; i + 1 < digits.length(); i++) {
                    if (digits.charAt(i) == digits.charAt(i + 1) || i + 1 == point) continue;
                    char[] s = digits.toCharArray();
                    s[i] = digits.charAt(i + 1);
                    s[i + 1] = digits.charAt(i);
                    out.add(number(new String(s), point));
                }
            }
            case DROPPED_DIGIT -> {
                for (int i = 0; i < digits.length(); i++) out.add(number(digits.substring(0, i) + digits.substring(i + 1), i < point ? point - 1 : point));
            }
            case DOUBLED_DIGIT -> {
                for (int i = 0; i < digits.length(); i++)
                    out.add(number(digits.substring(0, i + 1) + digits.substring(i), i < point ? point + 1 : point));
            }
            case DECIMAL_SHIFT -> { // a moved point keeps the digits; zeros it leaves in front are not written ("0.07" → "0.7")
                for (int k : new int[] {-2, -1, 1, 2}) {
                    if (point + k < 1 || point + k > digits.length()) continue;
                    String whole = digits.substring(0, point + k).replaceFirst("^0+(?=\\d)", "");
                    out.add(number(whole + digits.substring(point + k), whole.length()));
                }
            }
            default -> { }
        }
        BigDecimal v = new BigDecimal(text);
        return out.stream().filter(s -> s != null && new BigDecimal(s).compareTo(v) != 0 && new BigDecimal(s).signum() != 0).distinct().toList();
    }

    /** Digits with the point after {@code point} of them, or null when no report would print it so. */
    private static String number(String digits, int point) {
        if (point <= 0 || digits.isEmpty()) return null;
        String whole = digits.substring(0, point), frac = digits.substring(point);
        if (whole.length() > 1 && whole.charAt(0) == '0') return null;
        return frac.isEmpty() ? whole : whole + "." + frac;
    }

    // ---- unit slip -----------------------------------------------------------------------------------

    private Fault unitSlip(Clean c, Check t, Quantity q) {
        if (q.kind() != QuantityKind.AMOUNT || q.isZero()) return null;
        String line = c.doc().lines().get(q.location().line() - 1).text();
        int end = q.location().column() + q.text().length();
        String after = line.substring(end);
        String slipped;
        int unitLength;
        if (after.startsWith("万元")) { slipped = "元"; unitLength = 2; }
        else if (after.startsWith("元")) { slipped = "万元"; unitLength = 1; }
        else return null;
        Document d = edit(c.doc(), q.location().line(), end, unitLength, slipped);
        return new Fault(Kind.UNIT_SLIP, c.file(), t, d, q.location().line(), q.location().column(), true, q.display(), null,
                null, q.display() + " → " + q.text() + slipped, java.util.EnumSet.of(Kind.UNIT_SLIP));
    }

    // ---- wrong base ----------------------------------------------------------------------------------

    /** A share or completion rate worked out on another amount printed in the same section (else anywhere). */
    private Fault wrongBase(Clean c, Check t) {
        Claim claim = claim(c, t);
        Quantity part, base, pct;
        if (t.ruleId().equals("SHARE-001") && claim instanceof Share s) { part = s.part(); base = s.base(); pct = s.percent(); }
        else if (t.ruleId().equals("RATE-001") && claim instanceof Rate r) { part = r.actual(); base = r.budget(); pct = r.percent(); }
        else return null;
        if (!printedAt(c.doc(), pct) || part.isZero()) return null;
        List<Quantity> same = new ArrayList<>(), any = new ArrayList<>();
        for (Quantity q : c.model().quantities()) {
            if (q.kind() != QuantityKind.AMOUNT || q.isZero() || q.value().compareTo(base.value()) == 0 || q.value().compareTo(part.value()) == 0) continue;
            any.add(q);
            if (java.util.Objects.equals(q.location().section(), pct.location().section())) same.add(q);
        }
        List<Quantity> pool = same.isEmpty() ? any : same;
        if (pool.isEmpty()) return null;
        Quantity other = pool.get(random.nextInt(pool.size()));
        BigDecimal wrong = part.value().multiply(BigDecimal.valueOf(100)).divide(other.value(), pct.number().decimals(), RoundingMode.HALF_UP);
        if (wrong.signum() <= 0 || wrong.compareTo(pct.value()) == 0) return null;
        Document d = replace(c.doc(), pct, pct.text().length(), wrong.toPlainString());
        return new Fault(Kind.WRONG_BASE, c.file(), t, d, pct.location().line(), pct.location().column(), false, other.display(), null,
                null, pct.text() + "% → " + wrong.toPlainString() + "% (" + part.text() + " / " + other.text() + ")",
                java.util.EnumSet.of(Kind.WRONG_BASE));
    }

    // ---- dropped or duplicated item ------------------------------------------------------------------

    private static final String ITEM_START = "；;、：:";
    private static final String ITEM_END = "；;、";

    /** One part of a listed breakdown left out, or listed twice, with its share if it has one. */
    private Fault item(Clean c, Check t, boolean duplicate) {
        if (!t.ruleId().equals("SUM-001") || !(claim(c, t) instanceof Breakdown b) || b.basis() != Breakdown.Basis.LIST) return null;
        if (b.parts().size() < (duplicate ? 2 : 3)) return null;
        Quantity x = b.parts().get(random.nextInt(b.parts().size()));
        if (x.isZero() || x.location().line() != b.total().location().line() || !printedAt(c.doc(), x)) return null;
        String line = c.doc().lines().get(x.location().line() - 1).text();
        int start = x.location().column();
        while (start > 0 && ITEM_START.indexOf(line.charAt(start - 1)) < 0 && line.charAt(start - 1) != '。') start--;
        int end = x.location().column() + x.text().length();
        while (end < line.length() && ITEM_END.indexOf(line.charAt(end)) < 0 && line.charAt(end) != '。') end++;
        boolean closed = end < line.length() && ITEM_END.indexOf(line.charAt(end)) >= 0;
        if (closed) end++;
        else if (duplicate) return null; // the last item: nothing to separate a copy with
        else if (start > 0 && ITEM_END.indexOf(line.charAt(start - 1)) >= 0) start--; // drop the separator before it
        else return null;
        // the item must hold no other number of the breakdown
        for (Quantity o : b.quantities())
            if (o != x && o.location().line() == x.location().line() && o.location().column() >= start && o.location().column() < end) return null;
        String segment = line.substring(start, end);
        int col = b.total().location().column();
        Document d;
        int spot;
        if (duplicate) {
            d = edit(c.doc(), x.location().line(), end, 0, segment);
            spot = col >= end ? col + segment.length() : col;
        } else {
            d = edit(c.doc(), x.location().line(), start, end - start, "");
            spot = col >= end ? col - segment.length() : col;
        }
        return new Fault(duplicate ? Kind.DOUBLED_ITEM : Kind.MISSING_ITEM, c.file(), t, d, b.total().location().line(), spot, false,
                x.display(), duplicate ? null : x.value(), x, (duplicate ? "listed twice: " : "left out: ") + segment,
                java.util.EnumSet.of(duplicate ? Kind.DOUBLED_ITEM : Kind.MISSING_ITEM));
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private static Claim claim(Clean c, Check t) {
        for (Claim cl : c.model().claims()) if (cl.id().equals(t.claimId())) return cl;
        return null;
    }

    /** Whether the number's digits stand at its recorded place in the text (the fault edits them there). */
    private static boolean printedAt(Document d, Quantity q) {
        int l = q.location().line(), col = q.location().column();
        if (l < 1 || l > d.lines().size()) return false;
        String line = d.lines().get(l - 1).text();
        return col >= 0 && col + q.text().length() <= line.length() && line.startsWith(q.text(), col);
    }

    private static Document replace(Document d, Quantity q, int length, String with) {
        return edit(d, q.location().line(), q.location().column(), length, with);
    }

    /** The document with {@code length} characters at (line, column) replaced. */
    private static Document edit(Document d, int line, int column, int length, String with) {
        List<TextLine> lines = new ArrayList<>(d.lines());
        TextLine l = lines.get(line - 1);
        String text = l.text().substring(0, column) + with + l.text().substring(column + length);
        lines.set(line - 1, new TextLine(l.page(), l.line(), text, null, l.box(), l.cell(), l.ocr()));
        return new Document(d.path(), d.format(), d.pages(), lines, d.warnings());
    }
}
