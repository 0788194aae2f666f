package dev.dockwright.cli;

import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dockwright} command line. Exit codes: 0 clean, 1 findings, 2 the run itself failed. */
@Command(
    name = "dockwright",
    mixinStandardHelpOptions = true,
    versionProvider = Versions.class,
    description = "Dockerfile linter and static analyzer.",
    subcommands = {LintCommand.class, ParseCommand.class, RulesCommand.class, ExplainCommand.class, LspCommand.class})
public final class Main implements Runnable {
  public static final int EXIT_CLEAN = 0;
  public static final int EXIT_FINDINGS = 1;
  public static final int EXIT_USAGE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'dockwright lint'");
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, System.in, out, err);
  }

  /** Runs the command line reading '-' from {@code stdin}; returns the exit code. */
  public static int run(String[] args, java.io.InputStream stdin, PrintWriter out, PrintWriter err) {
    CommandLine cl = commandLine(out, err);
    ((LintCommand) cl.getSubcommands().get("lint").getCommand()).stdin = stdin;
    ((ParseCommand) cl.getSubcommands().get("parse").getCommand()).stdin = stdin;
    String[] effective = withDefaultCommand(cl, args);
    return cl.execute(effective);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler((ex, a) -> {
      err.println("dockwright: " + ex.getMessage() + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName()
          + " --help')");
      return EXIT_USAGE;
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      boolean debug = parseResult.originalArgs().contains("--debug");
      if (ex instanceof UsageError u) {
        err.println("dockwright: " + u.getMessage());
      } else {
        err.println("dockwright: internal error: " + ex + " (run with --debug for details; please report it)");
      }
      if (debug) {
        ex.printStackTrace(err);
      }
      return EXIT_USAGE;
    });
    return cl;
  }

  private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

  /** {@code dockwright PATH...} means {@code dockwright lint PATH...}. */
  static String[] withDefaultCommand(CommandLine cl, String[] args) {
    if (args.length == 0 || cl.getSubcommands().containsKey(args[0]) || TOP_LEVEL_OPTIONS.contains(args[0])
        || !cl.getSubcommands().containsKey("lint")) {
      return args;
    }
    String[] out = new String[args.length + 1];
    out[0] = "lint";
    System.arraycopy(args, 0, out, 1, args.length);
    return out;
  }
}
