package org.auditor.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;

/**
 * One DRL source of the rule base, read and parsed (not compiled): the rules it declares with their ids
 * and where their text lies, so that a user rule can replace the built-in rule of its id before anything
 * is compiled, and a syntax error is reported with the file's own name and line. A user file is parsed
 * when read; a built-in file only when a user rule may replace one of its rules (parsing costs start-up time).
 */
final class DrlFile {
    /** A rule as written in the file; {@code start} and {@code end} delimit its text (end exclusive). */
    record Declared(String id, String name, int line, int start, int end) {}

    private static final Pattern RULE_NAME = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

    private final String name;
    private final String text;
    private final boolean builtIn;
    private List<Declared> rules;

    private DrlFile(String name, String text, boolean builtIn) {
        this.name = name;
        this.text = text;
        this.builtIn = builtIn;
    }

    static DrlFile builtIn(String resource, String text) { return new DrlFile(resource, text, true); }

    static DrlFile user(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleBaseException("cannot read rule file " + file + ": " + e.getMessage());
        }
        DrlFile f = new DrlFile(file.toString(), text, false);
        f.rules(); // syntax errors now, before anything is compiled
        return f;
    }

    /** How messages name it: the classpath resource of a built-in file, the path of a user file. */
    String name() { return name; }

    String text() { return text; }

    /** Whether it ships with the tool. */
    boolean builtIn() { return builtIn; }

    /** The names of the rules written as {@code rule "NAME"}: enough to say which built-in file a compiled rule came from. */
    List<String> ruleNames() {
        List<String> out = new ArrayList<>();
        Matcher m = RULE_NAME.matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    synchronized List<Declared> rules() {
        if (rules == null) rules = parse(name, text);
        return rules;
    }

    private static List<Declared> parse(String name, String text) {
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
        return List.copyOf(rules);
    }

    /** The text with the given rules blanked out (line breaks kept, so compiler lines still match the file). */
    String without(java.util.Set<String> ids) {
        if (ids.isEmpty()) return text;
        StringBuilder sb = new StringBuilder(text);
        for (Declared d : rules()) {
            if (!ids.contains(d.id())) continue;
            for (int i = d.start(); i < d.end(); i++) if (sb.charAt(i) != '\n') sb.setCharAt(i, ' ');
        }
        return sb.toString();
    }
}
