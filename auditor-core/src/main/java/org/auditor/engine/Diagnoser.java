package org.auditor.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.auditor.engine.diagnose.Case;
import org.auditor.engine.diagnose.DecimalShift;
import org.auditor.engine.diagnose.DirectionWord;
import org.auditor.engine.diagnose.DoubledDigit;
import org.auditor.engine.diagnose.DoubledItem;
import org.auditor.engine.diagnose.DroppedDigit;
import org.auditor.engine.diagnose.Explanation;
import org.auditor.engine.diagnose.MissingItem;
import org.auditor.engine.diagnose.PluggedShare;
import org.auditor.engine.diagnose.PriorAsCurrent;
import org.auditor.engine.diagnose.RoundingNote;
import org.auditor.engine.diagnose.SameGap;
import org.auditor.engine.diagnose.Transposition;
import org.auditor.engine.diagnose.UnitSlip;
import org.auditor.engine.diagnose.WrongBase;
import org.auditor.model.Check;
import org.auditor.model.Diagnosis;
import org.auditor.model.Quantity;
import org.auditor.model.Report;
import org.auditor.parse.Vocabulary;

/**
 * The step after the rules: for every failed check, test a small set of explanations against the printed
 * numbers, keep those that make the relation hold (the rounding model decides, through {@link Relations}),
 * rank them and attach the best one. Hypotheses that tie at the top but disagree leave the cause open
 * (原因不明), as does a check no explanation fits: there is never more than one primary diagnosis. Passed
 * checks that hold only within rounding get a note. Thread-safe.
 */
public final class Diagnoser {
    private final List<Explanation> causes;
    private final List<Explanation> notes;

    public Diagnoser(List<Explanation> causes, List<Explanation> notes) {
        this.causes = List.copyOf(causes);
        this.notes = List.copyOf(notes);
    }

    /**
     * Hypotheses search the report's numbers for each finding; past this many findings in one document (a
     * merged volume, a table read wrongly) the search would cost more than the audit, and so many faults point
     * at one cause to look at by hand. The findings beyond it are reported undiagnosed, saying so.
     */
    static final int MAX_DIAGNOSED = 200;
    static final Diagnosis NOT_DIAGNOSED = new Diagnosis(Diagnosis.Kind.UNKNOWN,
            "未诊断：本文件问题超过 " + MAX_DIAGNOSED + " 个，其余问题未逐一推断原因", null, null, List.of(), 0);

    public static Diagnoser standard() {
        return new Diagnoser(List.of(new UnitSlip(), new Transposition(), new DroppedDigit(), new DoubledDigit(), new DecimalShift(),
                new WrongBase(), new MissingItem(), new DoubledItem(), new DirectionWord(Vocabulary.standard()), new PriorAsCurrent(),
                new PluggedShare(), new SameGap()), List.of(new RoundingNote()));
    }

    /** The checks with their diagnoses: every failed check gets one, a passed check a note where one applies. */
    public List<Check> diagnose(Report report, List<Check> checks) {
        List<Check> out = new ArrayList<>(checks.size());
        int failed = 0;
        for (Case c : Case.of(report, checks)) {
            if (!c.check().passed() && ++failed > MAX_DIAGNOSED) {
                out.add(c.check().withDiagnosis(NOT_DIAGNOSED));
                continue;
            }
            Diagnosis d = c.check().passed() ? note(c) : best(ranked(c));
            out.add(d == null ? c.check() : c.check().withDiagnosis(d));
        }
        return out;
    }

    /** Every hypothesis that makes a failed check hold, best first, one per distinct reading. */
    public List<Diagnosis> ranked(Case c) {
        List<Diagnosis> all = new ArrayList<>();
        for (Explanation e : causes) all.addAll(e.explain(c));
        all.sort(RANKING);
        List<Diagnosis> distinct = new ArrayList<>();
        for (Diagnosis d : all) if (distinct.stream().noneMatch(x -> sameReading(x, d))) distinct.add(d);
        return distinct;
    }

    /**
     * The primary diagnosis: the best hypothesis, unless another one scores as high and reads the report
     * differently, in which case the cause is open and the explanation lists the rivals.
     */
    static Diagnosis best(List<Diagnosis> ranked) {
        if (ranked.isEmpty()) return Diagnosis.unknown();
        Diagnosis top = ranked.get(0);
        List<Diagnosis> tied = ranked.stream().filter(d -> Math.abs(d.score() - top.score()) < 1e-9).toList();
        if (tied.size() == 1) return top;
        String rivals = tied.stream().limit(3).map(Diagnoser::brief).collect(Collectors.joining("；"));
        return Diagnosis.unknown().withExplanation(String.format("原因不明：%d 种解释同样成立，无法确定（%s%s）", tied.size(), rivals,
                tied.size() > 3 ? "；……" : ""));
    }

    private Diagnosis note(Case c) {
        for (Explanation e : notes) {
            List<Diagnosis> n = e.explain(c);
            if (!n.isEmpty()) return n.get(0);
        }
        return null;
    }

    /** Same number read the same way: two kinds naming one correction are one hypothesis. */
    private static boolean sameReading(Diagnosis a, Diagnosis b) {
        if (a.subject() == null && b.subject() == null) return a.kind() == b.kind() && Objects.equals(a.correctedValue(), b.correctedValue());
        return Objects.equals(a.subject(), b.subject()) && Objects.equals(a.correctedValue(), b.correctedValue());
    }

    private static String brief(Diagnosis d) {
        Quantity s = d.subject();
        String what = s == null ? "" : s.label() + " " + s.display() + " → ";
        return d.kind().label() + " " + what + (d.correctedValue() == null ? "" : d.correctedValue());
    }

    private static final Comparator<Diagnosis> RANKING = Comparator.comparingDouble(Diagnosis::score).reversed()
            .thenComparing(Diagnosis::kind)
            .thenComparingInt(d -> d.subject() == null ? Integer.MAX_VALUE : d.subject().location().line())
            .thenComparingInt(d -> d.subject() == null ? Integer.MAX_VALUE : d.subject().location().column());
}
