package org.auditor.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.auditor.model.Breakdown;
import org.auditor.model.Change;
import org.auditor.model.Direction;
import org.auditor.model.Interval;
import org.auditor.model.MoneyUnit;
import org.auditor.model.Quantity;
import org.auditor.model.QuantityKind;
import org.auditor.model.Rate;
import org.auditor.model.ScoreLine;
import org.auditor.model.Severity;
import org.auditor.model.Share;

/**
 * The relations the rules evaluate, all decided by the one rounding model: each printed number is its
 * rounding interval ({@link org.auditor.model.Printed#interval()}), and a relation fails only when no
 * values inside the intervals satisfy it. Every method returns an {@link Outcome}, or null when the
 * relation cannot be evaluated (e.g. a zero denominator, which has its own rule).
 */
public final class Relations {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Relations() {}

    // ---- SUM -------------------------------------------------------------------------------------

    /** Parts of a breakdown against its total. */
    public static Outcome sum(Breakdown b) {
        if (b.parts().isEmpty()) return null;
        Interval sum = sumOf(b.parts());
        BigDecimal stated = b.total().value();
        BigDecimal expected = sumValue(b.parts());
        boolean ok = sum.overlaps(b.total().interval());
        String rel = b.parts().stream().map(Quantity::text).collect(Collectors.joining(" + ")) + " = " + b.total().text();
        String unit = unitLabel(b.total());
        // a table cell's finding names its page with its row/column label (a table spans pages)
        boolean cell = (b.basis() == Breakdown.Basis.TABLE || b.basis() == Breakdown.Basis.TABLE_ROW) && b.total().location().page() > 0;
        String name = (cell ? "第" + b.total().location().page() + "页 " : "") + name(b.total());
        String msg = ok ? null : String.format("%s %s%s与其明细合计 %s%s不符，差 %s%s", name, b.total().text(), unit,
                plain(expected, b.total()), unit, plain(stated.subtract(expected), b.total()), unit);
        // a 其中 list may name only some parts: falling short of the total is a warning, exceeding it an error
        Severity cap = !ok && b.basis() == Breakdown.Basis.LIST && sum.hi().compareTo(b.total().interval().lo()) < 0 ? Severity.WARNING : null;
        return new Outcome(ok, rel, msg, b.quantities(), expected, stated.subtract(expected), b.id(), cap);
    }

    /** A total that must be at least one of its parts ("收入支出总计" ≥ "收入合计" of the same scope). */
    public static Outcome atLeast(Quantity total, Quantity part) {
        boolean ok = total.interval().hi().compareTo(part.interval().lo()) >= 0;
        String unit = unitLabel(total);
        String msg = ok ? null : String.format("%s %s%s 小于其组成部分%s %s%s", name(total), total.text(), unit, name(part), part.text(), unit);
        return new Outcome(ok, total.text() + " ≥ " + part.text(), msg, List.of(total, part), part.value(),
                total.value().subtract(part.value()), null, null);
    }

    /**
     * A bound: the parts add up to at most the total (06's 三公 款, 基本支出 only, within 07's 决算数, which counts
     * 项目支出 too). Fails only when the parts' smallest sum is above the total's largest value.
     */
    public static Outcome atMost(Breakdown b) {
        Quantity total = b.total();
        boolean ok = sumOf(b.parts()).lo().compareTo(total.interval().hi()) <= 0;
        BigDecimal parts = sumValue(b.parts());
        String partsText = b.parts().stream().map(Quantity::text).collect(Collectors.joining(" + "));
        String unit = unitLabel(total);
        String msg = ok ? null : String.format("%s%s %s%s（%s）超过%s%s %s%s（%s）", tableOf(b.parts().get(0)),
                b.parts().stream().map(Relations::name).collect(Collectors.joining("、")), parts.toPlainString(), unit, where(b.parts().get(0)),
                tableOf(total), name(total), total.text(), unit, where(total));
        List<Quantity> involved = new ArrayList<>(b.parts());
        involved.add(0, total);
        return new Outcome(ok, partsText + " ≤ " + total.text(), msg, involved, parts, total.value().subtract(parts), b.id(), null);
    }

    /** "支出决算表：" for a table cell (its section starts with the table's title), else nothing. */
    private static String tableOf(Quantity q) {
        String section = q.location().section();
        int cut = section == null ? -1 : section.indexOf(" / ");
        return cut > 0 ? section.substring(0, cut) + "：" : "";
    }

    /** An amount as printed and the reading of it in the other currency unit. */
    public record UnitReading(Quantity printed, Quantity meant) {}

    /**
     * The readings of an amount in the other currency unit: 万元 read as 元, or any other unit read as
     * 万元 (a factor of 10⁴ either way). Empty for non-amounts and for zero, which reads the same in any unit.
     */
    public static List<Quantity> otherUnitReadings(Quantity q) {
        if (q.kind() != QuantityKind.AMOUNT || q.unit() == null || q.isZero()) return List.of();
        List<Quantity> out = new ArrayList<>();
        for (MoneyUnit alt : new MoneyUnit[] {MoneyUnit.YUAN, MoneyUnit.WAN_YUAN}) if (alt != q.unit()) out.add(q.withUnit(alt));
        return out;
    }

    /**
     * The one amount of a broken sum whose reading in the other currency unit closes it, or null when no
     * single slip explains it. When several would (a total equal to its only part), the one read as 万元 —
     * the unit these reports state amounts in — is the slip; then the total before the parts.
     */
    public static UnitReading unitSlipReading(Breakdown b) {
        Outcome sum = sum(b);
        if (sum == null || sum.passed()) return null;
        List<Quantity> all = b.quantities();
        UnitReading first = null;
        for (int i = 0; i < all.size(); i++) {
            Quantity q = all.get(i);
            // a part printed twice closes the sum when one copy is read as 元, but a repeated line is the cause
            if (i > 0 && b.parts().stream().filter(p -> p.text().equals(q.text()) && p.unit() == q.unit()).count() > 1) continue;
            for (Quantity re : otherUnitReadings(q)) {
                List<Quantity> parts = new ArrayList<>(b.parts());
                Quantity total = b.total();
                if (i == 0) total = re; else parts.set(i - 1, re);
                // the slipped reading must close the sum and must not be vacuous: a total slip needs non-zero
                // parts, a part slip must leave an amount of at least one unit of the total's last digit
                boolean matters = i == 0 ? !sumOf(b.parts()).overlaps(Interval.exact(BigDecimal.ZERO))
                        : re.interval().lo().compareTo(ulpOf(b.total())) >= 0;
                if (!matters || !sumOf(parts).overlaps(total.interval())) continue;
                if (re.unit() == MoneyUnit.WAN_YUAN) return new UnitReading(all.get(i), re);
                if (first == null) first = new UnitReading(all.get(i), re);
            }
        }
        return first;
    }

    /**
     * A broken sum that holds when exactly one amount is read in the other currency unit (元 for 万元 or
     * the reverse). Returns a failed outcome naming that amount, or null when no single slip explains it.
     */
    public static Outcome unitSlip(Breakdown b) {
        UnitReading r = unitSlipReading(b);
        if (r == null) return null;
        Quantity q = r.printed();
        MoneyUnit alt = r.meant().unit();
        String msg = String.format("%s %s%s 疑为单位错误：按%s计，%s的明细合计才能成立", name(q), q.text(),
                q.unit().label(), alt.label(), name(b.total()));
        return new Outcome(false, q.text() + q.unit().label() + " → " + q.text() + alt.label(), msg, b.quantities(),
                r.meant().value(), null, b.id(), null);
    }

    // ---- SHARE -----------------------------------------------------------------------------------

    /** A stated percentage against part / base. */
    public static Outcome share(Share s) {
        Interval base = s.base().interval();
        if (base.contains(BigDecimal.ZERO)) return null;
        Interval ratio = s.part().interval().dividedBy(base).times(HUNDRED);
        BigDecimal expected = pct(s.part().value(), s.base().value(), s.percent().number().decimals());
        boolean ok = ratio.overlaps(s.percent().interval());
        String rel = s.part().text() + " / " + s.base().text() + " = " + s.percent().text() + "%";
        String msg = ok ? null : String.format("%s %s占%s %s的比例应为 %s%%，文中为 %s%%", name(s.part()), s.part().display(),
                name(s.base()), s.base().display(), expected.toPlainString(), s.percent().text());
        return new Outcome(ok, rel, msg, s.quantities(), expected, s.percent().value().subtract(expected), s.id(), null);
    }

    /** The shares of one complete breakdown must sum to 100 %. */
    public static Outcome sharesTotal(Breakdown b, List<Share> shares) {
        if (shares.size() < 2 || shares.size() != b.parts().size()) return null;
        Outcome sum = sum(b);
        if (sum == null || !sum.passed()) return null; // an incomplete breakdown's shares need not sum to 100
        List<Quantity> pcts = shares.stream().map(Share::percent).toList();
        Interval total = sumOf(pcts);
        boolean ok = total.contains(HUNDRED);
        BigDecimal stated = sumValue(pcts);
        String rel = pcts.stream().map(q -> q.text() + "%").collect(Collectors.joining(" + ")) + " = 100%";
        String msg = ok ? null : String.format("%s各组成部分的占比合计为 %s%%，应为 100%%", name(b.total()), stated.toPlainString());
        return new Outcome(ok, rel, msg, pcts, HUNDRED, stated.subtract(HUNDRED), b.id(), null);
    }

    // ---- YOY -------------------------------------------------------------------------------------

    /** The stated change amount against |current − prior| (its sign is the direction rule's business). */
    public static Outcome changeAmount(Change c) {
        if (c.current() == null || c.prior() == null || c.delta() == null) return null;
        Interval diff = absolute(c.current().interval().minus(c.prior().interval()));
        BigDecimal expected = c.current().value().subtract(c.prior().value()).abs();
        boolean ok = diff.overlaps(c.delta().interval());
        String rel = "|" + c.current().text() + " − " + c.prior().text() + "| = " + c.delta().text();
        String msg = ok ? null : String.format("%s本年 %s 与上年 %s 相差 %s，文中称%s %s", name(c.current()), c.current().display(),
                c.prior().display(), plain(expected, c.delta()), word(c), c.delta().display());
        return new Outcome(ok, rel, msg, c.quantities(), expected, c.delta().value().subtract(expected), c.id(), null);
    }

    /**
     * The stated change percentage against delta / prior, the prior being printed or implied by the
     * current value and the delta (then amount and percentage must imply the same prior).
     */
    public static Outcome changePercent(Change c) {
        if (c.percent() == null) return null;
        Interval magnitude; // |Δ| / prior × 100
        BigDecimal expected;
        String rel;
        if (c.prior() != null && c.current() != null) {
            Interval p = c.prior().interval(), cur = c.current().interval();
            if (p.contains(BigDecimal.ZERO)) return null;
            // (cur − p)/p = cur/p − 1 is increasing in cur and decreasing in p: the range is exact.
            Interval r = new Interval(cur.lo().divide(p.hi(), Interval.MC).subtract(BigDecimal.ONE),
                    cur.hi().divide(p.lo(), Interval.MC).subtract(BigDecimal.ONE)).times(HUNDRED);
            magnitude = absolute(r);
            expected = pct(c.current().value().subtract(c.prior().value()).abs(), c.prior().value(), c.percent().number().decimals());
            rel = "|" + c.current().text() + " − " + c.prior().text() + "| / " + c.prior().text() + " = " + c.percent().text() + "%";
        } else if (c.delta() != null && c.current() != null) {
            Direction dir = effectiveDirection(c);
            if (dir == null || dir == Direction.FLAT) return null;
            Interval d = c.delta().interval(), cur = c.current().interval();
            // prior = cur ∓ d; d/(cur − d) and d/(cur + d) both increase in d and decrease in cur.
            BigDecimal loDen = dir == Direction.UP ? cur.hi().subtract(d.lo()) : cur.hi().add(d.lo());
            BigDecimal hiDen = dir == Direction.UP ? cur.lo().subtract(d.hi()) : cur.lo().add(d.hi());
            if (loDen.signum() <= 0 || hiDen.signum() <= 0) return null;
            magnitude = new Interval(d.lo().divide(loDen, Interval.MC), d.hi().divide(hiDen, Interval.MC)).times(HUNDRED);
            BigDecimal prior = dir == Direction.UP ? c.current().value().subtract(c.delta().value()) : c.current().value().add(c.delta().value());
            expected = pct(c.delta().value(), prior, c.percent().number().decimals());
            rel = c.delta().text() + " / (" + c.current().text() + (dir == Direction.UP ? " − " : " + ") + c.delta().text() + ") = " + c.percent().text() + "%";
        } else {
            return null;
        }
        boolean ok = magnitude.overlaps(c.percent().interval());
        String msg = ok ? null : String.format("%s的变动幅度应为 %s%%，文中为 %s%%", name(c.current()), expected.toPlainString(), c.percent().text());
        return new Outcome(ok, rel, msg, c.quantities(), expected, c.percent().value().subtract(expected), c.id(), null);
    }

    /** The direction word (增加/减少/持平) against the printed current and prior values. */
    public static Outcome changeDirection(Change c) {
        if (c.direction() == null || c.current() == null || c.prior() == null) return null;
        Interval diff = c.current().interval().minus(c.prior().interval());
        boolean ok = switch (c.direction()) {
            case UP -> diff.hi().signum() > 0;
            case DOWN -> diff.lo().signum() < 0;
            case FLAT -> diff.contains(BigDecimal.ZERO);
        };
        String rel = c.current().text() + " vs " + c.prior().text() + ": " + c.directionWord();
        String msg = ok ? null : String.format("%s本年 %s、上年 %s，文中却称“%s”", name(c.current()), c.current().display(),
                c.prior().display(), c.directionWord());
        return new Outcome(ok, rel, msg, List.of(c.current(), c.prior()), null, null, c.id(), null);
    }

    // ---- RATE ------------------------------------------------------------------------------------

    /** A completion / execution rate against actual / budget. */
    public static Outcome rate(Rate r) {
        if (r.percent() == null || r.budget() == null || r.actual() == null) return null;
        Interval b = r.budget().interval();
        if (r.budget().isZero() || b.contains(BigDecimal.ZERO)) return null;
        Interval ratio = r.actual().interval().dividedBy(b).times(HUNDRED);
        BigDecimal expected = pct(r.actual().value(), r.budget().value(), r.percent().number().decimals());
        boolean ok = ratio.overlaps(r.percent().interval());
        String rel = r.actual().text() + " / " + r.budget().text() + " = " + r.percent().text() + "%";
        String msg = ok ? null : String.format("%s %s、预算 %s，完成率应为 %s%%，文中为 %s%%", name(r.actual()), r.actual().display(),
                r.budget().display(), expected.toPlainString(), r.percent().text());
        return new Outcome(ok, rel, msg, r.quantities(), expected, r.percent().value().subtract(expected), r.id(), null);
    }

    /**
     * A rate stated although the budget it divides by is zero: printed as 0, or implied by an actual value
     * of 0 with a non-zero rate ("支出决算为0万元，完成预算100%"). 0 of 0 is a warning (undefined, but
     * harmless); any other case an error.
     */
    public static Outcome rateOnZeroBudget(Rate r) {
        if (r.percent() == null) return null;
        if (r.budget() == null) {
            if (r.actual() == null || !r.actual().isZero() || r.percent().isZero()) return null;
            String msg = String.format("决算数为 %s，却称完成预算的 %s%%：预算数只能为 0，完成率无从计算", r.actual().display(), r.percent().text());
            return new Outcome(false, r.actual().text() + " / ? = " + r.percent().text() + "%", msg, r.quantities(), null, null, r.id(), Severity.WARNING);
        }
        if (!r.budget().isZero()) return null;
        boolean ok = r.percent().isZero() && (r.actual() == null || r.actual().isZero());
        boolean bothZero = r.actual() != null && r.actual().isZero();
        String msg = ok ? null : String.format("预算数为 %s，完成率无从计算，文中却称完成预算的 %s%%", r.budget().display(), r.percent().text());
        return new Outcome(ok, r.actual() == null ? "budget 0" : r.actual().text() + " / 0", msg, r.quantities(), null, null, r.id(),
                bothZero ? Severity.WARNING : null);
    }

    /** The comparison word (大于/小于/等于预算数) against the two amounts. */
    public static Outcome rateComparison(Rate r) {
        if (r.comparison() == null || r.actual() == null || r.budget() == null) return null;
        Interval diff = r.actual().interval().minus(r.budget().interval());
        boolean ok = switch (r.comparison()) {
            case UP -> diff.hi().signum() > 0;
            case DOWN -> diff.lo().signum() < 0;
            case FLAT -> diff.contains(BigDecimal.ZERO);
        };
        String msg = ok ? null : String.format("决算数 %s、预算数 %s，文中却称“%s”", r.actual().display(), r.budget().display(), r.comparisonWord());
        return new Outcome(ok, r.actual().text() + " vs " + r.budget().text() + ": " + r.comparisonWord(), msg,
                List.of(r.actual(), r.budget()), null, null, r.id(), null);
    }

    // ---- XSEC ------------------------------------------------------------------------------------

    /**
     * The same concept stated twice. Values that agree within rounding pass; a gap of one unit of the
     * last printed digit is capped at WARNING.
     */
    public static Outcome restatement(Quantity a, Quantity b) {
        // printed at the same precision, one quantity must print identically; at different precisions
        // (1201.8 vs 1201.80) the coarser one's interval decides
        boolean samePrecision = a.number().decimals() == b.number().decimals() && a.unit() == b.unit();
        boolean ok = samePrecision ? a.value().compareTo(b.value()) == 0 : a.interval().overlaps(b.interval());
        BigDecimal diff = a.value().subtract(b.value());
        BigDecimal unit = ulpOf(a).max(ulpOf(b));
        Severity cap = !ok && diff.abs().compareTo(unit) <= 0 ? Severity.WARNING : null;
        String msg = ok ? null : String.format("%s在%s为 %s，在%s为 %s，前后不一致（差 %s）", name(a), where(a), a.display(), where(b),
                b.display(), plain(diff.abs(), a));
        return new Outcome(ok, a.text() + " = " + b.text(), msg, List.of(a, b), a.value(), diff, null, cap);
    }

    /**
     * Two different quantities a convention says must be equal (a province's 机关运行经费 = 公用经费):
     * equal when their rounding intervals meet. Built-in rules do not use it; it is there for user rules.
     */
    public static Outcome equal(Quantity a, Quantity b) {
        boolean ok = a.interval().overlaps(b.interval());
        BigDecimal diff = a.value().subtract(b.value());
        String msg = ok ? null : String.format("%s %s（%s）与%s %s（%s）应相等，差 %s%s", name(a), a.display(), where(a), name(b),
                b.display(), where(b), plain(diff.abs(), a), unitLabel(a));
        return new Outcome(ok, a.text() + " = " + b.text(), msg, List.of(a, b), b.value(), diff, null, null);
    }

    // ---- SCORE -----------------------------------------------------------------------------------

    /** full − Σ deductions = total, or Σ items = total. */
    public static Outcome score(ScoreLine s) {
        Interval items = sumOf(s.items());
        BigDecimal itemsValue = sumValue(s.items());
        Interval expectedI;
        BigDecimal expected;
        String rel;
        if (s.kind() == ScoreLine.Kind.DEDUCTIONS) {
            Quantity full = s.full();
            BigDecimal fullV = full == null ? HUNDRED : full.value();
            expectedI = (full == null ? Interval.exact(HUNDRED) : full.interval()).minus(items);
            expected = fullV.subtract(itemsValue);
            rel = fullV.toPlainString() + " − (" + s.items().stream().map(Quantity::text).collect(Collectors.joining(" + ")) + ") = " + s.total().text();
        } else {
            expectedI = items;
            expected = itemsValue;
            rel = s.items().stream().map(Quantity::text).collect(Collectors.joining(" + ")) + " = " + s.total().text();
        }
        boolean ok = expectedI.overlaps(s.total().interval());
        String msg = ok ? null : String.format("%s %s分与%s %s分不符", name(s.total()), s.total().text(),
                s.kind() == ScoreLine.Kind.DEDUCTIONS ? "满分减扣分后" : "其各项合计", expected.stripTrailingZeros().toPlainString());
        return new Outcome(ok, rel, msg, s.quantities(), expected, s.total().value().subtract(expected), s.id(), null);
    }

    /** A score table row: 得分 ≤ 分值. */
    public static Outcome scoreCap(ScoreLine s) {
        Quantity score = s.total(), weight = s.full();
        boolean ok = score.interval().lo().compareTo(weight.interval().hi()) <= 0;
        String msg = ok ? null : String.format("%s 得分 %s分超过其分值 %s分", score.label(), score.text(), weight.text());
        return new Outcome(ok, score.text() + " ≤ " + weight.text(), msg, List.of(score, weight), weight.value(),
                score.value().subtract(weight.value()), s.id(), null);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** The sum of the quantities' rounding intervals. */
    public static Interval sumOf(List<Quantity> qs) {
        Interval s = Interval.exact(BigDecimal.ZERO);
        for (Quantity q : qs) s = s.plus(q.interval());
        return s;
    }

    static BigDecimal sumValue(List<Quantity> qs) {
        BigDecimal s = BigDecimal.ZERO;
        for (Quantity q : qs) s = s.add(q.value());
        return s;
    }

    /** One unit of the last printed digit, in 万元 for amounts. */
    private static BigDecimal ulpOf(Quantity q) {
        return q.unit() == null ? q.number().ulp() : q.number().ulp().multiply(q.unit().toWan());
    }

    private static Direction effectiveDirection(Change c) {
        if (c.direction() != null) return c.direction();
        if (c.current() != null && c.prior() != null) return c.current().value().compareTo(c.prior().value()) >= 0 ? Direction.UP : Direction.DOWN;
        return null;
    }

    private static Interval absolute(Interval i) {
        if (i.lo().signum() >= 0) return i;
        if (i.hi().signum() <= 0) return new Interval(i.hi().negate(), i.lo().negate());
        return new Interval(BigDecimal.ZERO, i.hi().max(i.lo().negate()));
    }

    private static BigDecimal pct(BigDecimal part, BigDecimal base, int decimals) {
        return part.multiply(HUNDRED).divide(base, Math.max(2, decimals), RoundingMode.HALF_UP);
    }

    /** A value in 万元 (or the quantity's own unit for non-amounts) printed with the reference's precision. */
    private static String plain(BigDecimal v, Quantity ref) {
        int d = Math.max(2, ref.number().decimals());
        return v.setScale(d, RoundingMode.HALF_UP).toPlainString();
    }

    private static String unitLabel(Quantity q) {
        return q.kind() == QuantityKind.AMOUNT ? MoneyUnit.WAN_YUAN.label() : q.unitText();
    }

    private static String name(Quantity q) {
        return q.label() == null || q.label().isBlank() ? "数值" : q.label();
    }

    private static String word(Change c) {
        return c.directionWord() == null ? "变动" : c.directionWord();
    }

    private static String where(Quantity q) {
        return (q.location().page() > 0 ? "第" + q.location().page() + "页" : "") + "第" + q.location().line() + "行";
    }
}
