package org.auditor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code auditor} command. Exit codes: 0 clean, 1 a finding reached --fail-on, 2 usage or I/O failure. */
@Command(name = "auditor", mixinStandardHelpOptions = true, version = "auditor 0.1.0",
        description = "Rules-based consistency auditor for published government accounts (部门决算 / 部门预算 / 绩效自评).",
        subcommands = {ScanCommand.class, ExtractCommand.class, RulesCommand.class, BenchCommand.class})
public final class Main implements Runnable {
    public static final int EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_FAILURE = 2;

    @Override public void run() { new CommandLine(this).usage(System.out); }

    public static void main(String[] args) { System.exit(execute(args)); }

    /** Runs the command line; usage errors map to exit code 2. */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> EXIT_FAILURE);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("auditor: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return EXIT_FAILURE;
        });
        cl.setExecutionExceptionHandler((ex, c, p) -> {
            c.getErr().println("auditor: " + ex.getMessage());
            return EXIT_FAILURE;
        });
        return cl.execute(args);
    }
}
