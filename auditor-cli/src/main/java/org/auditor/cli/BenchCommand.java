package org.auditor.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.auditor.engine.Diagnoser;
import org.auditor.engine.RuleBase;
import org.auditor.engine.RuleRunner;
import org.auditor.extract.Extractors;
import org.auditor.model.Check;
import org.auditor.model.Document;
import org.auditor.model.FileResult;
import org.auditor.model.Report;
import org.auditor.parse.ReportParser;
import org.auditor.report.JsonReportWriter;
import org.auditor.report.RunInfo;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A rerunnable benchmark: rule-base build time and, per document, warm time per phase (median). */
@Command(name = "bench", description = "Measure rule-base build time and per-document time by phase (extract, parse, rules, diagnosis, write).")
final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH") List<Path> paths;

    @Option(names = "--iterations", defaultValue = "20", description = "Measured iterations per document after warm-up (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--warmup", defaultValue = "5") int warmup;

    @Option(names = "--rules", paramLabel = "DIR", description = "Also build the .drl files of DIR into the rule base.") Path userRules;

    @Override public Integer call() throws Exception {
        long t0 = System.nanoTime();
        RuleBase rules = RuleBase.withUserRules(userRules);
        double buildMs = (System.nanoTime() - t0) / 1e6;
        System.out.printf("rule base: %d rules built in %.0f ms%n", rules.rules().size(), buildMs);
        Extractors extractors = Extractors.standard();
        ReportParser parser = ReportParser.standard();
        RuleRunner runner = new RuleRunner(rules);
        Diagnoser diagnoser = Diagnoser.standard();
        JsonReportWriter json = new JsonReportWriter();
        RunInfo run = RunInfo.defaults(rules.rules());
        System.out.printf("%-40s %6s %10s %10s %10s %10s %10s %10s %7s%n", "file", "pages", "extract ms", "parse ms", "rules ms", "diagnose ms",
                "write ms", "total ms", "checks");
        double[] sum = new double[5];
        for (Path f : FileWalker.collect(paths)) {
            double[] ex = new double[iterations], pa = new double[iterations], ru = new double[iterations], di = new double[iterations],
                    wr = new double[iterations];
            int checks = 0, pages = 0;
            for (int i = -warmup; i < iterations; i++) {
                long a = System.nanoTime();
                Document d = extractors.extract(f);
                long b = System.nanoTime();
                Report r = parser.parse(d);
                long c = System.nanoTime();
                List<Check> found = runner.run(r);
                long e = System.nanoTime();
                List<Check> checked = diagnoser.diagnose(r, found);
                long g = System.nanoTime();
                // the JSON contract with every passed check: the largest report a scan writes per file
                json.write(List.of(new FileResult(d.path(), "ok", null, r.kind(), r.entity(), r.year(), d.pages(), checked)),
                        run.withIncludePassed(true), OutputStream.nullOutputStream());
                long w = System.nanoTime();
                checks = checked.size();
                pages = d.pages();
                if (i >= 0) { ex[i] = (b - a) / 1e6; pa[i] = (c - b) / 1e6; ru[i] = (e - c) / 1e6; di[i] = (g - e) / 1e6; wr[i] = (w - g) / 1e6; }
            }
            double me = median(ex), mp = median(pa), mr = median(ru), md = median(di), mw = median(wr);
            sum[0] += me; sum[1] += mp; sum[2] += mr; sum[3] += mw; sum[4] += md;
            System.out.printf("%-40s %6d %10.2f %10.2f %10.2f %10.2f %10.2f %10.2f %7d%n", f.getFileName(), pages, me, mp, mr, md, mw,
                    me + mp + mr + md + mw, checks);
        }
        double total = sum[0] + sum[1] + sum[2] + sum[3] + sum[4];
        System.out.printf("share of time: extract %.0f %%, parse %.0f %%, rules %.0f %%, diagnosis %.0f %%, write %.0f %%%n",
                100 * sum[0] / total, 100 * sum[1] / total, 100 * sum[2] / total, 100 * sum[4] / total, 100 * sum[3] / total);
        return Main.EXIT_CLEAN;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length == 0 ? 0 : s[s.length / 2];
    }
}
