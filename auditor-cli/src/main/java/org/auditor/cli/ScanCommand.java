package org.auditor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.auditor.engine.Auditor;
import org.auditor.engine.Baseline;
import org.auditor.engine.RuleBase;
import org.auditor.engine.SettingsLookup;
import org.auditor.model.FileResult;
import org.auditor.model.Severity;
import org.auditor.report.ConsoleReportWriter;
import org.auditor.report.PdfAnnotator;
import org.auditor.report.ReportWriters;
import org.auditor.report.ReportWriter;
import org.auditor.report.RunInfo;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "scan", description = "Audit report files and folders (recursively) and print the findings.")
final class ScanCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to audit.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "text", split = ",",
            description = "Output formats, comma-separated: text, json, csv, xlsx, html (default: ${DEFAULT-VALUE}). One audit run feeds them all.")
    List<String> formats;

    @Option(names = {"-o", "--output"}, description = "Write the report to this file (one format) or into this folder (several formats, as auditor-report.<ext>).")
    Path output;

    @Option(names = "--annotate", paramLabel = "DIR", description = "Write a copy of every audited PDF with its findings highlighted into DIR (inputs are never modified).")
    Path annotateDir;

    @Option(names = "--include-passed", description = "Also list every relation that was checked and holds.")
    boolean includePassed;

    @Option(names = "--lang", defaultValue = "zh", description = "Language of report headers and labels: zh or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--fail-on", defaultValue = "error", description = "Exit with 1 when a finding reaches this severity: error, warning, info, never (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--rules", paramLabel = "DIR", description = "Also load the .drl rule files of DIR (a rule with a built-in rule's id replaces it).")
    Path userRules;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration for every file (default: the nearest auditor.yaml in a file's folder or its parents, up to the scanned folder).")
    Path config;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Do not report the known findings listed in FILE; they are counted as suppressed.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "Write every finding of this run to FILE, to accept them with --baseline later.")
    Path writeBaseline;

    @Mixin BatchOptions batch;

    @Spec CommandSpec spec;

    @Override public Integer call() throws IOException {
        Severity threshold = switch (failOn.toLowerCase()) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "info" -> Severity.INFO;
            case "never" -> null;
            default -> throw new ParameterException(spec.commandLine(), "--fail-on must be error, warning, info or never");
        };
        if (!lang.equals("zh") && !lang.equals("en")) throw new ParameterException(spec.commandLine(), "--lang must be zh or en");
        List<ReportWriter> writers = new ArrayList<>();
        for (String f : formats) {
            if (f.strip().equalsIgnoreCase("text")) { writers.add(new ConsoleReportWriter()); continue; }
            try {
                writers.addAll(ReportWriters.forFormats(f));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage() + ", text");
            }
        }
        boolean binary = writers.stream().anyMatch(w -> w.format().equals("xlsx"));
        if (output == null && (writers.size() > 1 || binary)) {
            throw new ParameterException(spec.commandLine(), "--output is needed for " + (binary ? "xlsx" : "several formats"));
        }
        // rules, configuration and baseline first: a broken one stops the run before any document is read
        // (the built-in rules alone cannot be broken by the user: they compile while the first files are read)
        RuleBase rules = RuleBase.startBuilding(userRules);
        SettingsLookup settings = SettingsLookup.of(paths, config);
        Baseline known = baseline == null ? null : Baseline.load(baseline);
        List<Path> files = FileWalker.collect(paths);
        if (files.isEmpty()) {
            System.err.println("auditor: no report files found under " + paths);
            return Main.EXIT_FAILURE;
        }
        settings.prepare(files, rules::rules);
        List<FileResult> results = batch.scan(files, rules, settings::forFile);
        if (writeBaseline != null) Baseline.write(results, writeBaseline);
        Baseline.Applied applied = known == null ? new Baseline.Applied(results, Baseline.Suppressed.NONE) : known.apply(results);
        results = applied.results();
        RunInfo run = new RunInfo("0.1.0", settings.runWide().apply(rules.rules()), includePassed, lang)
                .withSettings(settings.runWide(), settings.differing(files)).withSuppressed(applied.suppressed());
        if (annotateDir != null) {
            Files.createDirectories(annotateDir);
            PdfAnnotator annotator = new PdfAnnotator();
            for (FileResult r : results) {
                if (r.ok() && r.path().toLowerCase().endsWith(".pdf") && !r.findings().isEmpty()) annotator.annotate(Path.of(r.path()), r, annotateDir);
            }
            run = run.withAnnotateDir(annotateDir);
        }
        if (output == null) {
            writers.get(0).write(results, run, System.out);
        } else {
            boolean many = writers.size() > 1;
            if (many) Files.createDirectories(output);
            for (ReportWriter w : writers) {
                Path target = many ? output.resolve("auditor-report." + w.extension()) : output;
                try (OutputStream os = Files.newOutputStream(target)) { w.write(results, run, os); }
            }
            if (writers.stream().noneMatch(w -> w instanceof ConsoleReportWriter)) new ConsoleReportWriter().write(results, run, System.out);
        }
        boolean failed = threshold != null && results.stream().flatMap(r -> r.findings().stream()).anyMatch(c -> c.severity().atLeast(threshold));
        return failed ? Main.EXIT_FINDINGS : Main.EXIT_CLEAN;
    }
}
