package org.auditor.engine.diagnose;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.auditor.engine.Outcome;
import org.auditor.engine.Relations;
import org.auditor.model.Breakdown;
import org.auditor.model.Change;
import org.auditor.model.Check;
import org.auditor.model.Claim;
import org.auditor.model.Quantity;
import org.auditor.model.Rate;
import org.auditor.model.ScoreLine;
import org.auditor.model.Share;

/**
 * The relation a check evaluated, ready to be evaluated again on what the report may have meant. The
 * diagnoser never judges a relation itself: a hypothesis holds when {@link Relations} — the one rounding
 * model — says the changed relation holds.
 */
public final class Recheck {
    /** The relations of {@link Relations} the rules evaluate, by the claim they take. */
    public enum Relation {
        SUM, SHARES_TOTAL, SHARE, CHANGE_AMOUNT, CHANGE_PERCENT, CHANGE_DIRECTION, RATE, RATE_ZERO_BUDGET, RATE_COMPARISON, SCORE,
        RESTATEMENT
    }

    private final Relation relation;
    private final Claim claim;             // null for a restatement
    private final List<Share> groupShares; // the shares of a breakdown, for SHARES_TOTAL
    private final Quantity first, second;  // the two statements of a restatement

    private Recheck(Relation relation, Claim claim, List<Share> groupShares, Quantity first, Quantity second) {
        this.relation = relation;
        this.claim = claim;
        this.groupShares = groupShares;
        this.first = first;
        this.second = second;
    }

    /**
     * The relation behind a check: the one relation of its claim that reproduces the check's relation text
     * (a unit-slip check re-evaluates the sum it explains); a restatement for a check on two quantities
     * without a claim. Null when the check came from a relation the diagnoser does not know (a user rule).
     */
    public static Recheck of(Check c, Map<String, Claim> claims, Map<String, List<Share>> sharesByGroup) {
        Claim claim = c.claimId() == null ? null : claims.get(c.claimId());
        if (claim == null) {
            if (c.involved().size() != 2) return null;
            Recheck r = new Recheck(Relation.RESTATEMENT, null, List.of(), c.involved().get(0), c.involved().get(1));
            return r.reproduces(c) ? r : null;
        }
        if (c.family().equals("UNIT") && claim instanceof Breakdown) return new Recheck(Relation.SUM, claim, List.of(), null, null);
        // the rule collected the shares in its own order: follow the check's
        List<Share> shares = sharesByGroup.getOrDefault(claim.id(), List.of()).stream()
                .sorted(Comparator.comparingInt(s -> c.involved().indexOf(s.percent()))).toList();
        for (Relation rel : Relation.values()) {
            Recheck r = new Recheck(rel, claim, shares, null, null);
            if (r.accepts(claim) && r.reproduces(c)) return r;
        }
        return null;
    }

    public Relation relation() { return relation; }

    /** The claim the relation is about (null for a restatement). */
    public Claim claim() { return claim; }

    /** The relation with some quantities replaced; null when it cannot be evaluated. */
    public Outcome with(UnaryOperator<Quantity> f) {
        if (relation == Relation.RESTATEMENT) return Relations.restatement(f.apply(first), f.apply(second));
        Claim mapped = Claims.map(claim, f);
        if (relation == Relation.SHARES_TOTAL)
            return Relations.sharesTotal((Breakdown) mapped, groupShares.stream().map(s -> (Share) Claims.map(s, f)).toList());
        return on(mapped);
    }

    /** The same relation on another claim of the same type (a breakdown with a part added, a flipped word …). */
    public Outcome on(Claim other) {
        return switch (relation) {
            case SUM -> Relations.sum((Breakdown) other);
            case SHARES_TOTAL -> Relations.sharesTotal((Breakdown) other, groupShares);
            case SHARE -> Relations.share((Share) other);
            case CHANGE_AMOUNT -> Relations.changeAmount((Change) other);
            case CHANGE_PERCENT -> Relations.changePercent((Change) other);
            case CHANGE_DIRECTION -> Relations.changeDirection((Change) other);
            case RATE -> Relations.rate((Rate) other);
            case RATE_ZERO_BUDGET -> Relations.rateOnZeroBudget((Rate) other);
            case RATE_COMPARISON -> Relations.rateComparison((Rate) other);
            case SCORE -> Relations.score((ScoreLine) other);
            case RESTATEMENT -> null;
        };
    }

    /**
     * By how many units of the stated number's last printed digit the point values of the relation miss,
     * with some quantities replaced (0 when the relation gives no difference). A relation that holds only
     * through the wide intervals of coarse numbers misses by many.
     */
    public double misfit(UnaryOperator<Quantity> f) {
        Outcome o = with(f);
        if (o == null || o.difference() == null) return 0;
        Quantity stated = switch (relation) {
            case SUM -> f.apply(((Breakdown) claim).total());
            case SHARE -> f.apply(((Share) claim).percent());
            case CHANGE_AMOUNT -> f.apply(((Change) claim).delta());
            case CHANGE_PERCENT -> f.apply(((Change) claim).percent());
            case RATE -> f.apply(((Rate) claim).percent());
            case SCORE -> f.apply(((ScoreLine) claim).total());
            case RESTATEMENT -> {
                Quantity a = f.apply(first), b = f.apply(second);
                yield a.number().decimals() >= b.number().decimals() ? a : b;
            }
            default -> null;
        };
        if (stated == null) return 0;
        BigDecimal ulp = stated.number().ulp().multiply(stated.unit() == null ? BigDecimal.ONE : stated.unit().toWan());
        return o.difference().abs().divide(ulp, MathContext.DECIMAL64).doubleValue();
    }

    /** Whether the relation holds with {@code printed} read as {@code meant}. */
    public boolean holdsWith(Quantity printed, Quantity meant) { return holds(with(Claims.replacing(printed, meant))); }

    static boolean holds(Outcome o) { return o != null && o.passed(); }

    /** Whether two checks evaluate one relation on one claim (a unit-slip check and the sum it explains). */
    boolean sameAs(Recheck o) {
        return relation == o.relation && claim != null && claim == o.claim;
    }

    /** The two statements of a restatement (empty otherwise). */
    public List<Quantity> statements() { return relation == Relation.RESTATEMENT ? List.of(first, second) : List.of(); }

    private boolean accepts(Claim c) {
        Function<Claim, Boolean> t = switch (relation) {
            case SUM, SHARES_TOTAL -> x -> x instanceof Breakdown;
            case SHARE -> x -> x instanceof Share;
            case CHANGE_AMOUNT, CHANGE_PERCENT, CHANGE_DIRECTION -> x -> x instanceof Change;
            case RATE, RATE_ZERO_BUDGET, RATE_COMPARISON -> x -> x instanceof Rate;
            case SCORE -> x -> x instanceof ScoreLine;
            case RESTATEMENT -> x -> false;
        };
        return t.apply(c);
    }

    private boolean reproduces(Check c) {
        Outcome o = with(UnaryOperator.identity());
        return o != null && o.passed() == c.passed() && Objects.equals(o.relation(), c.relation());
    }
}
