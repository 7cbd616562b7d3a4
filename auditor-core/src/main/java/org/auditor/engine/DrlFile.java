package org.auditor.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;

/**
 * One DRL source of the rule base, read and parsed (not compiled): the rules it declares with their ids
 * and where their text lies, so that a user rule can replace the built-in rule of its id before anything
 * is compiled, and a syntax error is reported with the file's own name and line.
 *
 * @param name    how messages name it: the classpath resource of a built-in file, the path of a user file
 * @param builtIn whether it ships with the tool
 */
record DrlFile(String name, String text, boolean builtIn, List<Declared> rules) {

    /** A rule as written in the file; {@code start} and {@code end} delimit its text (end exclusive). */
    record Declared(String id, String name, int line, int start, int end) {}

    static DrlFile builtIn(String resource, String text) { return parse(resource, text, true); }

    static DrlFile user(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8), false);
        } catch (IOException e) {
            throw new RuleBaseException("cannot read rule file " + file + ": " + e.getMessage());
        }
    }

    private static DrlFile parse(String name, String text, boolean builtIn) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, text);
        } catch (DroolsParserException e) {
            throw new RuleBaseException(name + ": " + e.getMessage());
        }
        if (parser.hasErrors() || pkg == null) {
            StringBuilder sb = new StringBuilder("rule file does not parse:");
            for (DroolsError e : parser.getErrors()) {
                int[] lines = e.getLines();
                sb.append("\n  ").append(name).append(':').append(lines.length > 0 ? lines[0] : 0).append(": ").append(e.getMessage());
            }
            throw new RuleBaseException(sb.toString());
        }
        List<Declared> rules = new ArrayList<>();
        for (RuleDescr r : pkg.getRules()) {
            AnnotationDescr id = r.getAnnotation("id");
            String ruleId = id == null ? r.getName() : AnnotationDescr.unquote(String.valueOf(id.getSingleValue()));
            int end = r.getEndCharacter() + 1;
            // the parser's end is inclusive: make sure the cut ends right after the closing "end"
            while (end > r.getStartCharacter() && end <= text.length() && !text.startsWith("end", end - 3)) end--;
            rules.add(new Declared(ruleId, r.getName(), r.getLine(), r.getStartCharacter(), Math.min(end, text.length())));
        }
        return new DrlFile(name, text, builtIn, List.copyOf(rules));
    }

    /** The text with the given rules blanked out (line breaks kept, so compiler lines still match the file). */
    String without(java.util.Set<String> ids) {
        StringBuilder sb = new StringBuilder(text);
        for (Declared d : rules) {
            if (!ids.contains(d.id())) continue;
            for (int i = d.start(); i < d.end(); i++) if (sb.charAt(i) != '\n') sb.setCharAt(i, ' ');
        }
        return sb.toString();
    }
}
