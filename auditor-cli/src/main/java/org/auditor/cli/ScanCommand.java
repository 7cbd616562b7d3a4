package org.auditor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.auditor.engine.Auditor;
import org.auditor.engine.RuleBase;
import org.auditor.model.FileResult;
import org.auditor.model.Severity;
import org.auditor.report.ConsoleReportWriter;
import org.auditor.report.CsvSupport;
import org.auditor.report.JsonReportWriter;
import org.auditor.report.ReportWriter;
import org.auditor.report.RunInfo;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "scan", description = "Audit report files and folders (recursively) and print the findings.")
final class ScanCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to audit.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "text", description = "Output format: text, json, csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, description = "Write the report to this file instead of standard output.")
    Path output;

    @Option(names = "--include-passed", description = "Also list every relation that was checked and holds.")
    boolean includePassed;

    @Option(names = "--fail-on", defaultValue = "error", description = "Exit with 1 when a finding reaches this severity: error, warning, info, never (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Override public Integer call() throws IOException {
        Severity threshold = switch (failOn.toLowerCase()) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "info" -> Severity.INFO;
            case "never" -> null;
            default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--fail-on must be error, warning, info or never");
        };
        ReportWriter writer = switch (format.toLowerCase()) {
            case "text" -> new ConsoleReportWriter();
            case "json" -> new JsonReportWriter();
            case "csv" -> CsvSupport.writer();
            default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "unknown --format " + format + " (text, json, csv)");
        };
        List<Path> files = FileWalker.collect(paths);
        if (files.isEmpty()) {
            System.err.println("auditor: no report files found under " + paths);
            return Main.EXIT_FAILURE;
        }
        RuleBase rules = RuleBase.builtIn();
        Auditor auditor = Auditor.standard(rules);
        List<FileResult> results = new ArrayList<>();
        for (Path f : files) results.add(auditor.audit(f));
        RunInfo run = new RunInfo("0.1.0", rules.rules(), includePassed, "zh");
        if (output == null) {
            writer.write(results, run, System.out);
        } else {
            try (OutputStream os = Files.newOutputStream(output)) { writer.write(results, run, os); }
        }
        boolean failed = threshold != null && results.stream().flatMap(r -> r.findings().stream()).anyMatch(c -> c.severity().atLeast(threshold));
        return failed ? Main.EXIT_FINDINGS : Main.EXIT_CLEAN;
    }
}
