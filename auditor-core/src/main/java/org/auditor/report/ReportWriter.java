package org.auditor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.auditor.model.FileResult;

/** Writes the results of a run in one output format. Writers know the model, never Drools. */
public interface ReportWriter {
    /** Format name as given to --format ("json", "csv", "xlsx", "html"). */
    String format();

    /** Default file extension for --output directories. */
    default String extension() { return format(); }

    void write(List<FileResult> results, RunInfo run, OutputStream out) throws IOException;
}
