package org.auditor.cli;

import java.util.concurrent.Callable;

import org.auditor.engine.RuleBase;
import org.auditor.engine.RuleInfo;

import picocli.CommandLine.Command;

@Command(name = "rules", description = "List every rule: id, family, severity, description.")
final class RulesCommand implements Callable<Integer> {
    @Override public Integer call() {
        for (RuleInfo r : RuleBase.builtIn().rules()) System.out.printf("%-10s %-6s %-8s %s%n", r.id(), r.family(), r.severity(), r.description());
        return Main.EXIT_CLEAN;
    }
}
