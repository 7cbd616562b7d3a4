package org.auditor.corpus.gen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What was injected into the generated corpus and what the auditor must report for it.
 *
 * @param seed      the seed the corpus was generated from
 * @param documents one entry per PDF; a document without faults must produce no ERROR finding
 */
public record Manifest(long seed, List<Document> documents) {
    public record Document(String file, String entity, int year, List<Fault> faults) {}

    /**
     * One injected fault.
     *
     * @param kind      transposed digits, dropped row, … (FaultInjector.Kind)
     * @param visibleIn "narrative" when the narrative's own relations break, "table" when only the tables (or
     *                  the tables against the narrative) show it
     * @param relation  the relation that breaks, in words, with the true and the printed values
     * @param families  a finding of one of these rule families reports it
     * @param key       values that finding must state (printed text, as in Check.statedValues)
     * @param explains  an ERROR finding stating any of these values is caused by this fault
     * @param pages     where the changed values are printed
     */
    public record Fault(String id, String kind, String visibleIn, String relation, List<String> families, List<String> key,
                        List<String> explains, List<Integer> pages) {}

    public int faultCount() { return documents.stream().mapToInt(d -> d.faults().size()).sum(); }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    void write(Path file) throws IOException { JSON.writeValue(file.toFile(), this); }

    public static Manifest read(Path file) throws IOException { return JSON.readValue(file.toFile(), Manifest.class); }
}
