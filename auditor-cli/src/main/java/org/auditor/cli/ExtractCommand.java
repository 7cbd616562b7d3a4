package org.auditor.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.auditor.engine.Settings;
import org.auditor.engine.SettingsLookup;

import org.auditor.extract.ExtractionException;
import org.auditor.extract.Extractors;
import org.auditor.model.Report;
import org.auditor.parse.ReportParser;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", description = "Print the canonical model of one report (every quantity and claim with its location) as JSON.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE") Path file;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration (its default unit applies; default: the nearest auditor.yaml in the file's folder).")
    Path config;

    @Override public Integer call() throws Exception {
        Report report;
        try {
            // the same configuration lookup as scan, so the model printed is the model scan audits
            Settings settings = SettingsLookup.of(List.of(file), config).forFile(file);
            report = ReportParser.standard().withDefaultUnit(settings.defaultUnit()).parse(Extractors.standard().extract(file));
        } catch (ExtractionException e) {
            System.err.println("auditor: " + file + ": " + e.getMessage());
            return Main.EXIT_FAILURE;
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(System.out, report);
        System.out.println();
        return Main.EXIT_CLEAN;
    }
}
