package org.auditor.engine;

import java.nio.file.Path;
import java.util.List;

import org.auditor.extract.ExtractionException;
import org.auditor.extract.Extractors;
import org.auditor.model.Check;
import org.auditor.model.Document;
import org.auditor.model.FileResult;
import org.auditor.model.Report;
import org.auditor.parse.ReportParser;

/**
 * The pipeline for one file: extract → parse → rules → diagnosis. Thread-safe; one instance serves a whole run.
 * Every failure becomes an error row, never an exception to the caller.
 */
public final class Auditor {
    private final Extractors extractors;
    private final ReportParser parser;
    private final RuleRunner runner;
    private final Diagnoser diagnoser;

    public Auditor(Extractors extractors, ReportParser parser, RuleRunner runner, Diagnoser diagnoser) {
        this.extractors = extractors;
        this.parser = parser;
        this.runner = runner;
        this.diagnoser = diagnoser;
    }

    /** Standard extractors, parser and diagnoser over the given rule base. */
    public static Auditor standard(RuleBase ruleBase) {
        return new Auditor(Extractors.standard(), ReportParser.standard(), new RuleRunner(ruleBase), Diagnoser.standard());
    }

    public FileResult audit(Path file) { return audit(file, Settings.defaults()); }

    /** Audits one file under a configuration (its default unit, rules, severities and tolerances). */
    public FileResult audit(Path file, Settings settings) {
        String path = file.toString();
        try {
            Document doc = extractors.extract(file);
            // a batch's time limit interrupts the thread: stop between phases rather than run on
            if (Thread.currentThread().isInterrupted()) return FileResult.error(path, "audit interrupted");
            return audit(doc, settings);
        } catch (ExtractionException e) {
            return FileResult.error(path, e.getMessage());
        } catch (java.io.IOException e) {
            return FileResult.error(path, "cannot read file: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return FileResult.error(path, "file too large to audit in the available memory");
        } catch (StackOverflowError e) {
            return FileResult.error(path, "structure nested too deeply to audit (stack overflow)");
        } catch (RuntimeException e) {
            return FileResult.error(path, "internal error: " + e);
        }
    }

    /** Audits an already extracted document. */
    public FileResult audit(Document doc) { return audit(doc, Settings.defaults()); }

    /** Audits an already extracted document under a configuration; one without a single number is not a report. */
    public FileResult audit(Document doc, Settings settings) {
        Report report = parser.withDefaultUnit(settings.defaultUnit()).parse(doc);
        if (report.quantities().isEmpty()) {
            return FileResult.error(doc.path(), "not a report: no amount, percentage or score found in its text");
        }
        List<Check> checks = diagnoser.diagnose(report, runner.run(report, settings));
        return new FileResult(doc.path(), "ok", null, report.kind(), report.entity(), report.year(), doc.pages(), checks);
    }

    public Report model(Path file) throws java.io.IOException, ExtractionException {
        return parser.parse(extractors.extract(file));
    }

    public RuleBase ruleBase() { return runner.ruleBase(); }
}
