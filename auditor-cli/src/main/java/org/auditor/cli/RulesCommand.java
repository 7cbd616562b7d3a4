package org.auditor.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.auditor.engine.RuleBase;
import org.auditor.engine.RuleInfo;
import org.auditor.engine.Settings;
import org.auditor.report.RuleReference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "rules", description = "List every rule: id, family, severity, description.", subcommands = RulesCommand.Show.class)
final class RulesCommand implements Callable<Integer> {
    /** The rule base to describe: the built-in rules, plus user rules. */
    static final class RuleOptions {
        @Option(names = "--rules", paramLabel = "DIR", description = "Also load the .drl files of DIR (a rule with a built-in rule's id replaces it).")
        Path userRules;

        RuleBase ruleBase() { return RuleBase.withUserRules(userRules); }
    }

    @Mixin RuleOptions options;

    @Option(names = "--config", paramLabel = "FILE", description = "List severities and disabled rules as this configuration sets them.")
    Path config;

    @Option(names = "--markdown", description = "Print the rule reference in Markdown (docs/rules.md is this output).")
    boolean markdown;

    @Override public Integer call() {
        RuleBase rules = options.ruleBase();
        if (markdown) {
            System.out.print(RuleReference.markdown(rules.rules()));
            return Main.EXIT_CLEAN;
        }
        Settings settings = config == null ? Settings.defaults() : Settings.load(config);
        settings.validate(rules.rules());
        System.out.print(RuleReference.listing(rules.rules(), settings));
        return Main.EXIT_CLEAN;
    }

    @Command(name = "show", description = "Print one rule's documentation: what it checks, formula, rounding, an example that triggers it and one that does not.")
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "Rule id, e.g. SUM-001.") String id;

        @Mixin RuleOptions options;

        @ParentCommand RulesCommand parent;

        @Override public Integer call() {
            // "rules --rules DIR show ID" and "rules show --rules DIR ID" alike
            if (options.userRules == null) options.userRules = parent.options.userRules;
            RuleBase rules = options.ruleBase();
            RuleInfo r = rules.rule(id);
            if (r == null) r = rules.rule(id.toUpperCase(Locale.ROOT));
            if (r == null) {
                System.err.println("auditor: no rule " + id + "; known: " + String.join(", ", rules.rules().stream().map(RuleInfo::id).toList()));
                return Main.EXIT_FAILURE;
            }
            System.out.print(RuleReference.show(r));
            return Main.EXIT_CLEAN;
        }
    }
}
