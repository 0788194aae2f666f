package dev.dockwright.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/**
 * The {@code dockwright} command line. Exit codes: 0 clean, 1 findings, 2 the run itself failed.
 *
 * <p>Subcommands are registered lazily: picocli builds a command's model by reflecting over its annotated
 * fields, so a run builds only the subcommand it runs ({@code dockwright lint FILE} never reflects over
 * {@code lsp} or {@code parse}). Help, {@code --version} and unknown commands get the whole tree. This
 * command and {@code lint} are declared with picocli's programmatic API: the first annotation read in a JVM
 * sets up the reflection machinery and costs about 50 ms, a tenth of a one-file lint.
 */
public final class Main implements Runnable {
  public static final int EXIT_CLEAN = 0;
  public static final int EXIT_FINDINGS = 1;
  public static final int EXIT_USAGE = 2;

  /** Every subcommand, in the order help lists them. */
  private static final List<String> SUBCOMMANDS = List.of("lint", "parse", "boot", "rules", "explain", "lsp");

  /** A subcommand's object, made from the stream '-' reads (a switch: lambdas cost start-up time). */
  private static Object subcommand(String name, InputStream stdin) {
    switch (name) {
      case "lint":
        return LintCommand.spec(new LintCommand(stdin));
      case "parse":
        return new ParseCommand(stdin);
      case "boot":
        return new BootCommand(stdin);
      case "rules":
        return new RulesCommand();
      case "explain":
        return new ExplainCommand();
      case "lsp":
        return new LspCommand();
      default:
        throw new IllegalArgumentException(name);
    }
  }

  private CommandLine.Model.CommandSpec spec;

  private static CommandLine.Model.CommandSpec spec(Main main) {
    CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.wrapWithoutInspection(main);
    spec.name("dockwright").versionProvider(new Versions());
    spec.usageMessage().description("Dockerfile linter and static analyzer.");
    standardHelpOptions(spec);
    main.spec = spec;
    return spec;
  }

  /** {@code -h/--help} and {@code -V/--version}, as picocli's mixin declares them but without reflection. */
  static void standardHelpOptions(CommandLine.Model.CommandSpec spec) {
    spec.addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
        .description("Show this help message and exit.").build());
    spec.addOption(CommandLine.Model.OptionSpec.builder("-V", "--version").versionHelp(true)
        .description("Print version information and exit.").build());
  }

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
  public static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err) {
    String[] effective = withDefaultCommand(args);
    String only = effective.length == 0 ? null
        : SUBCOMMANDS.contains(effective[0]) ? effective[0]
        : VERSION_OPTIONS.contains(effective[0]) ? NONE // the version needs no subcommand: skip building them
        : null;
    return commandLine(out, err, stdin, only).execute(effective);
  }

  /** The command line with every subcommand, or only {@code only} when it is not null ({@link #NONE}: none). */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, InputStream stdin, String only) {
    CommandLine cl = new CommandLine(spec(new Main()));
    for (String name : SUBCOMMANDS) {
      if (only == null || only.equals(name)) {
        cl.addSubcommand(name, subcommand(name, stdin));
      }
    }
    // after the subcommands: picocli hands these settings down only to the subcommands already added
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
  private static final Set<String> VERSION_OPTIONS = Set.of("-V", "--version");
  /** Names no subcommand: {@link #commandLine} then adds none. */
  private static final String NONE = "";

  /** {@code dockwright PATH...} means {@code dockwright lint PATH...}. */
  static String[] withDefaultCommand(String[] args) {
    if (args.length == 0 || SUBCOMMANDS.contains(args[0]) || TOP_LEVEL_OPTIONS.contains(args[0])) {
      return args;
    }
    String[] out = new String[args.length + 1];
    out[0] = "lint";
    System.arraycopy(args, 0, out, 1, args.length);
    return out;
  }
}
