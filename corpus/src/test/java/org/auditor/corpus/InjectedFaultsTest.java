package org.auditor.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.auditor.engine.Auditor;
import org.auditor.engine.RuleBase;
import org.auditor.extract.Extractors;
import org.auditor.model.Check;
import org.auditor.model.Diagnosis;
import org.auditor.model.Diagnosis.Kind;
import org.auditor.model.Document;
import org.auditor.model.FileResult;
import org.auditor.model.Quantity;
import org.auditor.parse.ReportParser;
import org.junit.jupiter.api.Test;

/**
 * The diagnoser on typo-like faults injected into the seed reports ({@link FaultInjector}): for every fault
 * that breaks the relation it was injected into, the primary diagnosis of that finding must name the
 * injected cause — the kind (or a kind of slip that gives the same text), the number (for digit and unit
 * slips) and the value the report meant — for at least 80% of the faults it applies to. A dropped item applies only when its amount is still printed
 * elsewhere: no explanation can name an amount the report no longer prints.
 */
class InjectedFaultsTest {
    /** The injector's seed and faults per kind; -Ddiagnosis.seed=… -Ddiagnosis.perKind=… to measure other draws. */
    static final long SEED = Long.getLong("diagnosis.seed", 20261125L);
    static final int PER_KIND = Integer.getInteger("diagnosis.perKind", 40);

    /** Counts for one kind of fault. */
    static final class Tally {
        int injected, detected, applicable, named;

        double rate() { return applicable == 0 ? 0 : (double) named / applicable; }
    }

    @Test
    void theInjectedCauseIsThePrimaryDiagnosisOfMostFaults() throws Exception {
        Auditor auditor = Auditor.standard(RuleBase.builtIn());
        ReportParser parser = ReportParser.standard();
        List<FaultInjector.Clean> clean = new ArrayList<>();
        try (Stream<Path> s = Files.list(Expectations.ROOT.resolve("seeds"))) {
            for (Path p : s.sorted().toList()) {
                Document d = Extractors.standard().extract(p);
                FileResult r = auditor.audit(d);
                clean.add(new FaultInjector.Clean(p.getFileName().toString(), d, parser.parse(d), r.passed()));
            }
        }
        List<FaultInjector.Fault> faults = new FaultInjector(SEED).inject(clean, PER_KIND);
        Map<Kind, Tally> tallies = new EnumMap<>(Kind.class);
        FaultInjector.KINDS.forEach(k -> tallies.put(k, new Tally()));
        List<String> misses = new ArrayList<>();
        for (FaultInjector.Fault f : faults) {
            Tally t = tallies.get(f.kind());
            t.injected++;
            FileResult r = auditor.audit(f.faulted());
            Check hit = target(r, f);
            if (hit == null || hit.passed()) continue;
            t.detected++;
            if (f.lostValue() != null && !printedElsewhere(parser.parse(f.faulted()), f)) continue;
            t.applicable++;
            Diagnosis d = hit.diagnosis();
            if (names(d, f)) t.named++;
            else misses.add(String.format("%s %s l.%d [%s] %s: got %s %s — %s", f.kind(), f.file().substring(0, 3), f.spotLine(), f.edit(),
                    hit.ruleId(), d.kind(), d.correctedValue(), d.explanation()));
        }
        int injected = 0, detected = 0, applicable = 0, named = 0;
        StringBuilder table = new StringBuilder(String.format("%n%-15s %8s %8s %10s %6s %7s%n", "injected cause", "faults", "detected",
                "applicable", "named", "rate"));
        for (var e : tallies.entrySet()) {
            Tally t = e.getValue();
            table.append(String.format("%-15s %8d %8d %10d %6d %6.1f%%%n", e.getKey(), t.injected, t.detected, t.applicable, t.named, 100 * t.rate()));
            injected += t.injected;
            detected += t.detected;
            applicable += t.applicable;
            named += t.named;
        }
        double rate = applicable == 0 ? 0 : (double) named / applicable;
        table.append(String.format("%-15s %8d %8d %10d %6d %6.1f%%%n", "all", injected, detected, applicable, named, 100 * rate));
        System.out.println("Diagnosis of injected faults (seed " + SEED + ", up to " + PER_KIND + " per kind):" + table);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(applicable).as("faults the diagnosis applies to").isGreaterThanOrEqualTo(100);
        assertThat(rate).as("share of faults whose primary diagnosis names the injected cause").isGreaterThanOrEqualTo(0.80);
    }

    /**
     * The faulted report's check of the relation the fault was injected into: same rule, same claim (the
     * parse of an edited line keeps its claims in order), or for a restatement the same other statement;
     * and it involves the number at the spot.
     */
    private static Check target(FileResult r, FaultInjector.Fault f) {
        Check t = f.target();
        for (Check c : r.checks()) {
            if (!c.ruleId().equals(t.ruleId()) || !Objects.equals(c.claimId(), t.claimId())) continue;
            if (c.involved().stream().noneMatch(q -> at(q, f))) continue;
            if (t.claimId() == null && !sameLocations(c, t, f)) continue;
            return c;
        }
        return null;
    }

    /** A restatement: the statement that was not edited is the same one. */
    private static boolean sameLocations(Check c, Check t, FaultInjector.Fault f) {
        return t.involved().stream().filter(q -> !at(q, f)).allMatch(q -> c.involved().stream()
                .anyMatch(o -> o.location().line() == q.location().line() && o.location().column() == q.location().column()));
    }

    private static boolean at(Quantity q, FaultInjector.Fault f) {
        return q.location().line() == f.spotLine() && q.location().column() == f.spotColumn();
    }

    /** Whether the primary diagnosis names the injected cause. */
    static boolean names(Diagnosis d, FaultInjector.Fault f) {
        if (d == null || !f.alike().contains(d.kind()) || !Objects.equals(d.correctedValue(), f.corrected())) return false;
        return !f.blamed() || (d.subject() != null && at(d.subject(), f));
    }

    /** Whether the faulted report still prints the left-out amount (same kind of number) outside its breakdown. */
    private static boolean printedElsewhere(org.auditor.model.Report faulted, FaultInjector.Fault f) {
        return faulted.quantities().stream().anyMatch(q -> q.kind() == f.lostKind().kind() && q.unitText().equals(f.lostKind().unitText())
                && q.value().compareTo(f.lostValue()) == 0 && !at(q, f));
    }
}
