package org.auditor.report;

import java.util.Collection;
import java.util.List;

import org.auditor.engine.RuleInfo;
import org.auditor.engine.Settings;
import org.auditor.model.Severity;

/**
 * The rule documentation, written from the rules' own metadata ({@link RuleInfo}, {@link org.auditor.engine.RuleDoc}):
 * the {@code auditor rules} listing, {@code auditor rules show ID}, and docs/rules.md. One source, three views.
 */
public final class RuleReference {
    /** The command that regenerates docs/rules.md; the test that compares the file names it too. */
    public static final String REGENERATE = "./auditor rules --markdown > docs/rules.md";

    private RuleReference() {}

    /** One line per rule: id, family, severity (as configured), description; user rules name their file. */
    public static String listing(Collection<RuleInfo> rules, Settings settings) {
        StringBuilder sb = new StringBuilder();
        for (RuleInfo r : rules) {
            Severity sev = settings.severity(r.id(), r.family(), r.severity());
            String note = (settings.enabled(r.id(), r.family()) ? "" : "  [disabled by " + settings.source() + "]")
                    + (r.builtIn() ? "" : "  [user rule: " + r.source() + "]");
            sb.append(String.format("%-10s %-6s %-8s %s%s%n", r.id(), r.family(), sev, r.description(), note));
        }
        return sb.toString();
    }

    /** Everything about one rule, for the terminal. */
    public static String show(RuleInfo r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.id()).append("  family ").append(r.family()).append(", severity ").append(r.severity()).append(", ")
                .append(r.builtIn() ? "built-in (" : "user rule (").append(r.source()).append(")\n");
        sb.append(r.description()).append('\n');
        section(sb, "What it checks", r.doc().details());
        section(sb, "Formula", r.doc().formula());
        section(sb, "Rounding", r.doc().rounding());
        section(sb, "Triggered by", r.doc().example());
        section(sb, "Not triggered by", r.doc().counterexample());
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, String text) {
        if (text.isEmpty()) return;
        sb.append('\n').append(title).append('\n');
        text.lines().forEach(l -> sb.append("  ").append(l).append('\n'));
    }

    /** The rule reference, docs/rules.md: a table of every rule, then each rule's documentation. */
    public static String markdown(Collection<RuleInfo> rules) {
        List<RuleInfo> sorted = rules.stream().sorted(java.util.Comparator.comparing(RuleInfo::id)).toList();
        StringBuilder sb = new StringBuilder();
        sb.append("# Rule reference\n\n")
                .append("<!-- Generated from the rules' DRL metadata by `").append(REGENERATE).append("`; do not edit by hand.\n")
                .append("     A test fails when this file and the rules disagree. -->\n\n")
                .append("Every rule below is one DRL rule in `rules/src/main/resources/org/auditor/rules/`; its documentation is\n")
                .append("the rule's own metadata (`@description`, `@details`, `@formula`, `@rounding`, `@example`,\n")
                .append("`@counterexample`), so `auditor rules show ID` prints the same text. The examples are run through the\n")
                .append("real pipeline by a test: each example triggers its rule, each counterexample is checked and passes.\n\n")
                .append("**Rounding.** Every printed number stands for an interval: `[v − ½u, v + u]`, u being one unit of its\n")
                .append("last printed digit (covering rounding and truncation). A relation is reported only when no values\n")
                .append("inside the intervals satisfy it. A configuration file can add an absolute tolerance per family\n")
                .append("(see README).\n\n")
                .append("| id | family | severity | description |\n|---|---|---|---|\n");
        for (RuleInfo r : sorted)
            sb.append("| [").append(r.id()).append("](#").append(r.id().toLowerCase(java.util.Locale.ROOT)).append(") | ").append(r.family())
                    .append(" | ").append(r.severity()).append(" | ").append(cell(r.description())).append(" |\n");
        for (RuleInfo r : sorted) {
            sb.append("\n## ").append(r.id()).append("\n\n")
                    .append("Family ").append(r.family()).append(" · severity ").append(r.severity()).append(" · defined in `")
                    .append(r.source()).append("`\n\n")
                    .append(r.description()).append("\n");
            if (!r.doc().details().isEmpty()) sb.append('\n').append(r.doc().details()).append('\n');
            if (!r.doc().formula().isEmpty()) sb.append("\n**Formula** `").append(r.doc().formula()).append("`\n");
            if (!r.doc().rounding().isEmpty()) sb.append("\n**Rounding** ").append(r.doc().rounding()).append('\n');
            block(sb, "Triggered by", r.doc().example());
            block(sb, "Not triggered by", r.doc().counterexample());
        }
        return sb.toString();
    }

    private static void block(StringBuilder sb, String title, String text) {
        if (text.isEmpty()) return;
        sb.append("\n**").append(title).append("**\n\n```text\n").append(text).append("\n```\n");
    }

    private static String cell(String s) { return s.replace("|", "\\|"); }
}
