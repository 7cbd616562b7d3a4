package org.auditor.engine.diagnose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.auditor.engine.Outcome;
import org.auditor.engine.Relations;
import org.auditor.model.Change;
import org.auditor.model.Check;
import org.auditor.model.Claim;
import org.auditor.model.Quantity;
import org.auditor.model.QuantityKind;
import org.auditor.model.Report;
import org.auditor.model.Share;

/**
 * One check to explain, with what an explanation may consult: the report's quantities and claims, the
 * other checks of the document, and the relation itself ready to be re-evaluated.
 */
public final class Case {
    /** What a hypothesis does to the document's other relations. */
    public record Support(int fixed, int broken) {
        static final Support NONE = new Support(0, 0);

        /** Each other relation it repairs makes it likelier; each relation it breaks, less likely. */
        public double weight() { return 0.3 * (fixed - broken); }

        /** A clause for the explanation, empty when the hypothesis touches nothing else. */
        public String describe() {
            String s = fixed > 0 ? "，另有 " + fixed + " 项不符的核对也随之成立" : "";
            return broken > 0 ? s + "（但会使 " + broken + " 项原本相符的核对不再成立）" : s;
        }
    }

    private final Check check;
    private final Context ctx;

    private Case(Check check, Context ctx) {
        this.check = check;
        this.ctx = ctx;
    }

    /** The cases of one document, in the order of its checks. */
    public static List<Case> of(Report report, List<Check> checks) {
        Context ctx = new Context(report, checks);
        return checks.stream().map(c -> new Case(c, ctx)).toList();
    }

    public Check check() { return check; }

    public Report report() { return ctx.report; }

    /** The relation of the check, or null when it cannot be re-evaluated. */
    public Recheck recheck() { return ctx.recheck(check); }

    /** The relation of another check of the document, or null. */
    public Recheck recheckOf(Check other) { return ctx.recheck(other); }

    /** Whether the check's relation holds with {@code printed} read as {@code meant}. */
    public boolean holdsWith(Quantity printed, Quantity meant) {
        Recheck r = recheck();
        return r != null && r.holdsWith(printed, meant);
    }

    /** {@link #misfitPenalty} of the check's relation with {@code printed} read as {@code meant}. */
    public double misfitWith(Quantity printed, Quantity meant) {
        Recheck r = recheck();
        return r == null ? 0 : misfitPenalty(r.misfit(Claims.replacing(printed, meant)));
    }

    /** The other failed checks of the document. */
    public List<Check> otherFindings() {
        return ctx.checks.stream().filter(o -> o != check && !o.passed()).toList();
    }

    /**
     * How reading {@code printed} as {@code meant} changes the document's other relations: the other checks
     * that involve it, and its identical restatements (same concept, same digits), which no check records.
     */
    public Support support(Quantity printed, Quantity meant) {
        UnaryOperator<Quantity> f = Claims.replacing(printed, meant);
        int fixed = 0, broken = 0;
        Recheck mine = recheck();
        for (Check o : ctx.checks) {
            if (o == check || !o.involved().contains(printed)) continue;
            Recheck r = ctx.recheck(o);
            if (r != null && mine != null && r.sameAs(mine)) continue; // a unit slip and the sum it explains: one relation
            Outcome after = r == null ? null : r.with(f);
            if (after == null) continue;
            if (!o.passed() && after.passed()) fixed++;
            if (o.passed() && !after.passed()) broken++;
        }
        for (Quantity twin : ctx.restatedAs(printed)) if (!Recheck.holds(Relations.restatement(meant, twin))) broken++;
        return new Support(fixed, broken);
    }

    /**
     * How close two printed numbers stand: 2 in the same section, 1 in a neighbouring one (same parent, or
     * one inside the other), 0 elsewhere in the report.
     */
    public static int affinity(Quantity a, Quantity b) { return affinity(path(a), path(b)); }

    private static int affinity(List<String> x, List<String> y) {
        int common = 0;
        while (common < x.size() && common < y.size() && x.get(common).equals(y.get(common))) common++;
        int longest = Math.max(x.size(), y.size());
        if (common == longest) return 2;
        return common > 0 && common >= longest - 1 ? 1 : 0;
    }

    /**
     * What it costs a hypothesis that its printed values miss by {@code units} of the last printed digit:
     * within a unit the rounding explains it; beyond, the fit rests on a coarse number's wide interval
     * (a "2" fits a gap of 2.21), which proves little.
     */
    public static double misfitPenalty(double units) { return units > 1 ? 0.25 : 0.05 * units; }

    /** Whether {@code q} is the change amount of a year-over-year sentence (比上年增加 A): never an item of a total. */
    public boolean isChangeAmount(Quantity q) { return ctx.changeAmounts.contains(q); }

    /** Lines between two printed numbers. */
    public static int distance(Quantity a, Quantity b) { return Math.abs(a.location().line() - b.location().line()); }

    /**
     * Printed numbers like {@code ref} (see {@link #printedLike}) other than {@code exclude}, one per value: the
     * one nearest {@code from} — same section first, then the neighbouring ones, then by lines apart.
     */
    public List<Quantity> nearestByValue(Quantity ref, Quantity from, Collection<Quantity> exclude) {
        // each candidate's rank computed once (a document can print hundreds of thousands of numbers)
        record Ranked(Quantity q, int affinity, int distance) {}
        List<String> fromPath = path(from);
        java.util.Set<Quantity> excluded = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        excluded.addAll(exclude);
        List<Ranked> ranked = new java.util.ArrayList<>();
        for (Quantity q : printedLike(ref)) if (!excluded.contains(q)) ranked.add(new Ranked(q, affinity(fromPath, path(q)), distance(from, q)));
        ranked.sort(Comparator.comparingInt((Ranked r) -> -r.affinity()).thenComparingInt(Ranked::distance));
        Map<String, Quantity> byValue = new LinkedHashMap<>();
        for (Ranked r : ranked) byValue.putIfAbsent(r.q().value().stripTrailingZeros().toPlainString(), r.q());
        return List.copyOf(byValue.values());
    }

    /**
     * The number of decimals this report prints most often for numbers of {@code q}'s kind: counted over
     * numbers with decimals only, since a whole number ("44万元", "100%", "0") may have had its zeros left off.
     */
    public int usualDecimals(Quantity q) { return ctx.usualDecimals.getOrDefault(q.kind(), q.number().decimals()); }

    /**
     * The report's non-zero printed numbers that measure what {@code q} measures: amounts in any currency
     * unit, counts of the same thing (辆 with 辆), percentages, scores; {@code q} excluded.
     */
    public List<Quantity> printedLike(Quantity q) {
        return ctx.report.quantities().stream()
                .filter(o -> o != q && !o.equals(q) && o.kind() == q.kind() && !o.isZero())
                .filter(o -> o.kind() != QuantityKind.COUNT || o.unitText().equals(q.unitText()))
                .toList();
    }

    private static List<String> path(Quantity q) {
        String s = q.location().section();
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split(" > "));
    }

    /** What all cases of one document share. */
    private static final class Context {
        final Report report;
        final List<Check> checks;
        final Map<String, Claim> claims = new HashMap<>();
        final Map<String, List<Share>> sharesByGroup = new HashMap<>();
        final Map<Check, Recheck> rechecks = new IdentityHashMap<>();
        final Map<String, List<Quantity>> byConcept = new LinkedHashMap<>();
        final Map<QuantityKind, Integer> usualDecimals = new EnumMap<>(QuantityKind.class);
        final Set<Quantity> changeAmounts = new HashSet<>();

        Context(Report report, List<Check> checks) {
            this.report = report;
            this.checks = checks;
            for (Claim c : report.claims()) {
                claims.put(c.id(), c);
                if (c instanceof Share s && s.group() != null) sharesByGroup.computeIfAbsent(s.group(), k -> new ArrayList<>()).add(s);
                if (c instanceof Change ch && ch.delta() != null) changeAmounts.add(ch.delta());
            }
            for (Quantity q : report.quantities())
                if (q.concept() != null) byConcept.computeIfAbsent(q.concept().key(), k -> new ArrayList<>()).add(q);
            Map<QuantityKind, int[]> counts = new EnumMap<>(QuantityKind.class);
            for (Quantity q : report.quantities())
                counts.computeIfAbsent(q.kind(), k -> new int[8])[q.number().decimals() == 0 ? 0 : Math.min(7, q.number().decimals())] +=
                        q.number().decimals() == 0 ? 0 : 1;
            counts.forEach((kind, n) -> {
                int best = 0;
                for (int d = 1; d < n.length; d++) if (n[d] > n[best]) best = d;
                usualDecimals.put(kind, best);
            });
        }

        Recheck recheck(Check c) {
            if (!rechecks.containsKey(c)) rechecks.put(c, Recheck.of(c, claims, sharesByGroup)); // null is remembered too
            return rechecks.get(c);
        }

        /** Other statements of the same concept printed with the same digits (the restatement rule skips them). */
        List<Quantity> restatedAs(Quantity q) {
            if (q.concept() == null || q.kind() == QuantityKind.PERCENT) return List.of();
            return byConcept.getOrDefault(q.concept().key(), List.of()).stream()
                    .filter(o -> o != q && !o.equals(q) && o.text().equals(q.text()) && o.unit() == q.unit()).toList();
        }
    }
}
