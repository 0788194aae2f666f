package dev.dockwright.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import dev.dockwright.ast.SourceText;
import dev.dockwright.config.ConfigException;
import dev.dockwright.config.ConfigLoader;
import dev.dockwright.config.DockwrightConfig;
import dev.dockwright.engine.ConfigRules;
import dev.dockwright.engine.DerivedImages;
import dev.dockwright.engine.DockerfileFinder;
import dev.dockwright.engine.FileResult;
import dev.dockwright.engine.Finding;
import dev.dockwright.engine.Linter;
import dev.dockwright.engine.ParallelRun;
import dev.dockwright.engine.RuleRegistry;
import dev.dockwright.engine.RuleSelection;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.AtomicWrite;
import dev.dockwright.fix.Fix;
import dev.dockwright.fix.FixApplier;
import dev.dockwright.parser.DecodedSource;
import dev.dockwright.parser.SyntaxDiagnostic;
import dev.dockwright.report.LintRun;
import dev.dockwright.report.Reporter;
import dev.dockwright.report.Reporters;
import dev.dockwright.rule.Settings;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.BaseResolver;
import dev.dockwright.semantic.CgroupEra;
import dev.dockwright.shellcheck.ShellCheckRunner;
import dev.dockwright.suppress.Baseline;
import dev.dockwright.suppress.Suppression;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * {@code dockwright lint}: the main job. Its options are declared with picocli's programmatic API rather
 * than annotations: a pre-commit hook starts this command many times a day, and reading annotations
 * reflectively (with a generated proxy class per annotation type) was a measurable part of its start-up.
 */
final class LintCommand implements Callable<Integer> {
  List<String> paths = new ArrayList<>();
  List<String> formats = new ArrayList<>();
  List<Path> outputs = new ArrayList<>();
  boolean fix;
  boolean unsafeFixes;
  boolean diff;
  List<String> select = new ArrayList<>();
  List<String> ignore = new ArrayList<>();
  List<String> severityOverrides = new ArrayList<>();
  String failureThreshold;
  boolean exitZero;
  Path baseline;
  Path writeBaseline;
  List<String> trustedRegistries = new ArrayList<>();
  String systemdCgroup;
  String target;
  String compat;
  String systemdRunMode;
  boolean disableIgnorePragma;
  Path configFile;
  boolean noConfig;
  String stdinFilename;
  boolean noColor;
  Integer jobs;
  long fileTimeout = 60;
  boolean statistics;
  boolean quiet;
  boolean verbose;
  boolean debug;

  private CommandLine.Model.CommandSpec spec;

  private final java.io.InputStream stdin;

  LintCommand(java.io.InputStream stdin) {
    this.stdin = stdin;
  }

  private record Input(String display, Path file, boolean stdin, byte[] stdinBytes) {}

  /** The command's model, with options read back into this object's fields when it runs. */
  static CommandLine.Model.CommandSpec spec(LintCommand command) {
    CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.wrapWithoutInspection(command);
    spec.name("lint").versionProvider(new Versions());
    spec.usageMessage().sortOptions(false).description("Lint Dockerfiles: files, directories (searched for"
        + " Dockerfile, Dockerfile.*, *.Dockerfile, Containerfile, Containerfile.*, honouring .gitignore) or '-' for"
        + " standard input.");
    spec.addPositional(CommandLine.Model.PositionalParamSpec.builder().paramLabel("PATH").arity("0..*")
        .type(List.class).auxiliaryTypes(String.class)
        .description("Files or directories; '-' reads standard input.").build());
    list(spec, "--format", "FORMAT", String.class, null, "tty, gnu, json, sarif, checkstyle, gitlab or junit"
        + " (repeatable, paired with --output by position). Default: tty.");
    list(spec, "--output", "FILE", Path.class, null, "Write the report of the matching --format here.");
    flag(spec, "--fix", "Apply safe fixes in place.");
    flag(spec, "--unsafe-fixes", "With --fix or --diff, also apply unsafe fixes.");
    flag(spec, "--diff", "Print the unified diff of the fixes; write nothing. Exit 1 when there is a diff.");
    list(spec, "--select", "RULE", String.class, ",", "Only these rules (ids, names, aliases, id prefixes or"
        + " categories; repeatable).");
    list(spec, "--ignore", "RULE", String.class, ",", "Skip these rules (repeatable).");
    list(spec, "--severity-override", "RULE=LEVEL", String.class, null, "error, warning, info, style or off for one"
        + " rule (repeatable).");
    option(spec, "--failure-threshold", "LEVEL", String.class, "error, warning, info, style or none: the lowest"
        + " severity that fails the run. Default: info.");
    flag(spec, "--exit-zero", "Exit 0 even when there are findings.");
    option(spec, "--baseline", "FILE", Path.class, "Report only findings not recorded in FILE.");
    option(spec, "--write-baseline", "FILE", Path.class, "Record the current findings in FILE.");
    list(spec, "--trusted-registry", "REGISTRY", String.class, null, "A registry images may come from (repeatable).");
    option(spec, "--systemd-cgroup", "ERA", String.class, "v1, v2 or auto: the cgroup era the systemd rules assume."
        + " Default: auto.");
    option(spec, "--systemd-run-mode", "MODE", String.class, "docker-privileged, docker, podman or sysbox: how the"
        + " systemd images are run, for the boot model. Default: as the image's run note says, else"
        + " docker-privileged.");
    option(spec, "--target", "STAGE", String.class, "The stage the image is built to, as for docker build --target:"
        + " cache rules look only at what it ships. Default: the last stage.");
    option(spec, "--compat", "TOOL", String.class, "hadolint: where dockwright differs from hadolint on purpose"
        + " (rules/compat.md), give hadolint's verdict; none: dockwright's. Default: hadolint when the config is a"
        + " .hadolint.yaml, else none.");
    flag(spec, "--disable-ignore-pragma", "Ignore suppression comments in the files.");
    option(spec, "--config", "FILE", Path.class, "Read this config file (.dockwright.yaml or .hadolint.yaml format)"
        + " instead of searching for one.");
    flag(spec, "--no-config", "Read no config file.");
    option(spec, "--stdin-filename", "NAME", String.class, "The name to report for '-'.");
    flag(spec, "--no-color", "No colour (also when NO_COLOR is set).");
    option(spec, "--jobs", "N", Integer.class, "Files linted in parallel. Default: the number of cores.");
    option(spec, "--file-timeout", "SECONDS", long.class, "Give up on a file that takes longer than this (it is"
        + " reported, the run goes on). Default: 60; 0: no limit.");
    flag(spec, "--statistics", "Print the number of findings per rule.");
    flag(spec, "--quiet", "Print findings only: no code frames, no summary.");
    flag(spec, "--verbose", "Say what was skipped and why.");
    flag(spec, "--debug", "Show stack traces of internal errors.");
    Main.standardHelpOptions(spec); // last, so help lists -h and -V after the options, as annotations did
    command.spec = spec;
    return spec;
  }

  private static void flag(CommandLine.Model.CommandSpec spec, String name, String description) {
    spec.addOption(CommandLine.Model.OptionSpec.builder(name).type(boolean.class).arity("0").description(description)
        .build());
  }

  private static void option(CommandLine.Model.CommandSpec spec, String name, String label, Class<?> type,
      String description) {
    spec.addOption(CommandLine.Model.OptionSpec.builder(name).paramLabel(label).type(type).description(description)
        .build());
  }

  /** A repeatable option, also split at {@code split} when that is not null. */
  private static void list(CommandLine.Model.CommandSpec spec, String name, String label, Class<?> element,
      String split, String description) {
    CommandLine.Model.OptionSpec.Builder b = CommandLine.Model.OptionSpec.builder(name).paramLabel(label)
        .type(List.class).auxiliaryTypes(element).description(description);
    if (split != null) {
      b.splitRegex(split);
    }
    spec.addOption(b.build());
  }

  /** Copies what the command line said into the fields; options not given keep their defaults. */
  private void readOptions() {
    List<String> given = spec.positionalParameters().get(0).getValue();
    paths = given == null ? List.of() : given;
    formats = value("--format", formats);
    outputs = value("--output", outputs);
    fix = value("--fix", false);
    unsafeFixes = value("--unsafe-fixes", false);
    diff = value("--diff", false);
    select = value("--select", select);
    ignore = value("--ignore", ignore);
    severityOverrides = value("--severity-override", severityOverrides);
    failureThreshold = value("--failure-threshold", failureThreshold);
    exitZero = value("--exit-zero", false);
    baseline = value("--baseline", baseline);
    writeBaseline = value("--write-baseline", writeBaseline);
    trustedRegistries = value("--trusted-registry", trustedRegistries);
    systemdCgroup = value("--systemd-cgroup", systemdCgroup);
    target = value("--target", target);
    compat = value("--compat", compat);
    systemdRunMode = value("--systemd-run-mode", systemdRunMode);
    disableIgnorePragma = value("--disable-ignore-pragma", false);
    configFile = value("--config", configFile);
    noConfig = value("--no-config", false);
    stdinFilename = value("--stdin-filename", stdinFilename);
    noColor = value("--no-color", false);
    jobs = value("--jobs", jobs);
    fileTimeout = value("--file-timeout", fileTimeout);
    statistics = value("--statistics", false);
    quiet = value("--quiet", false);
    verbose = value("--verbose", false);
    debug = value("--debug", false);
  }

  private <T> T value(String option, T otherwise) {
    T v = spec.findOption(option).getValue();
    return v == null ? otherwise : v;
  }

  @Override
  public Integer call() throws IOException {
    readOptions();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RuleRegistry registry = RuleRegistry.standard();
    DockwrightConfig config;
    try {
      config = ConfigLoader.load(Path.of("").toAbsolutePath(), Optional.ofNullable(configFile), noConfig,
          System.getenv());
    } catch (ConfigException e) {
      throw new UsageError(e.getMessage());
    }
    ConfigRules fromConfig = configRules(registry, config, err);
    RuleSelection selection = selection(registry, fromConfig);
    Severity threshold = null;
    boolean none = false;
    String thresholdText = failureThreshold != null ? failureThreshold : config.failureThreshold().orElse("info");
    if (thresholdText.equalsIgnoreCase("none")) {
      none = true;
    } else {
      threshold = parseSeverity(thresholdText, "--failure-threshold");
    }
    Settings settings = config.toSettings().withRuleOptions(fromConfig.options());
    if (!trustedRegistries.isEmpty()) {
      List<String> all = new ArrayList<>(settings.trustedRegistries());
      all.addAll(trustedRegistries);
      settings = settings.withTrustedRegistries(all);
    }
    if (systemdCgroup != null) {
      try {
        settings = settings.withSystemdCgroup(CgroupEra.Setting.parse(systemdCgroup));
      } catch (IllegalArgumentException e) {
        throw new UsageError("--systemd-cgroup takes v1, v2 or auto, not '" + systemdCgroup + "'");
      }
    }
    if (systemdRunMode != null) {
      Optional<dev.dockwright.semantic.boot.RunMode> mode = dev.dockwright.semantic.boot.RunMode.parse(systemdRunMode);
      if (mode.isEmpty()) {
        throw new UsageError("--systemd-run-mode takes " + dev.dockwright.semantic.boot.RunMode.choices() + ", not '"
            + systemdRunMode + "'");
      }
      settings = settings.withSystemdRunMode(mode);
    }
    if (target != null) {
      if (!target.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
        throw new UsageError("--target takes a stage name (FROM ... AS NAME), not '" + target + "'");
      }
      settings = settings.withBuildTarget(java.util.Optional.of(target));
    }
    if (compat != null) {
      if (!compat.equalsIgnoreCase("hadolint") && !compat.equalsIgnoreCase("none")) {
        throw new UsageError("--compat takes hadolint or none, not '" + compat + "'");
      }
      settings = settings.withHadolintCompat(compat.equalsIgnoreCase("hadolint"));
    }
    if (fileTimeout < 0) {
      throw new UsageError("--file-timeout takes a number of seconds (0 for no limit), not " + fileTimeout);
    }
    boolean honourPragmas = !(disableIgnorePragma || config.disableIgnorePragma());
    List<Input> inputs = inputs();
    if (fix && inputs.stream().anyMatch(Input::stdin) && inputs.size() > 1) {
      throw new UsageError("--fix with '-' lints standard input alone: pass no other paths");
    }
    Linter linter = new Linter(registry, selection, settings, honourPragmas,
        t -> {
          if (debug) {
            t.printStackTrace(err);
          }
        });
    if (verbose) {
      noteSkippedShellCheck(registry, selection, settings, err);
    }
    derived = new DerivedImages(config.images());
    List<LintRun.Notification> notifications = new ArrayList<>();
    List<FileResult> results = lintAll(linter, inputs, notifications, out, err);
    if (writeBaseline != null) {
      writeBaseline(results);
    }
    if (baseline != null) {
      results = applyBaseline(results);
    }
    int exit = exitCode(results, notifications, threshold, none);
    if (diff) {
      exit = exitZero ? 0 : (diffs > 0 ? Main.EXIT_FINDINGS : Main.EXIT_CLEAN);
    }
    LintRun run = new LintRun(results, selection.enabledRules(), notifications,
        threshold == null ? Severity.STYLE : threshold, none, exit, Path.of("").toAbsolutePath(), Versions.version());
    if (!diff) {
      report(run, out);
    }
    return exit;
  }

  private ConfigRules configRules(RuleRegistry registry, DockwrightConfig config, PrintWriter err) {
    try {
      return ConfigRules.of(registry, config, skipped -> {
        if (verbose) {
          err.println("dockwright: " + skipped);
        }
      });
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage());
    }
  }

  private RuleSelection selection(RuleRegistry registry, ConfigRules fromConfig) {
    RuleSelection.Builder b = RuleSelection.builder(registry)
        .select(select.isEmpty() ? fromConfig.select() : select)
        .ignore(fromConfig.ignore())
        .ignore(ignore);
    fromConfig.severity().forEach(b::override);
    for (String o : severityOverrides) {
      int eq = o.indexOf('=');
      if (eq <= 0) {
        throw new UsageError("--severity-override takes RULE=LEVEL, e.g. DL3008=error; got '" + o + "'");
      }
      String level = o.substring(eq + 1);
      if (!level.equalsIgnoreCase("off")) {
        parseSeverity(level, "--severity-override " + o.substring(0, eq));
      }
      b.override(o.substring(0, eq), level);
    }
    RuleSelection s = b.build();
    if (!b.unknown().isEmpty()) {
      throw new UsageError(registry.unknownRule(b.unknown().get(0)));
    }
    return s;
  }

  /** Under --verbose: the ShellCheck rule is on but finds no {@code shellcheck} binary, so SC checks are skipped. */
  private static void noteSkippedShellCheck(RuleRegistry registry, RuleSelection selection, Settings settings,
      PrintWriter err) {
    boolean enabled = registry.find("shellcheck").map(selection::isEnabled).orElse(false);
    if (enabled && settings.option("shellcheck", "path").isEmpty() && ShellCheckRunner.onPath().isEmpty()) {
      err.println("dockwright: shellcheck is not on PATH: ShellCheck's SC checks (rule shellcheck) are skipped;"
          + " install the 'shellcheck' package to run them");
    }
  }

  private static Severity parseSeverity(String text, String where) {
    try {
      return Severity.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UsageError(where + " takes error, warning, info, style" + (where.startsWith("--failure") ? " or none"
          : " or off") + ", not '" + text + "'");
    }
  }

  private List<Input> inputs() throws IOException {
    List<Input> out = new ArrayList<>();
    if (paths.isEmpty()) {
      if (Files.isRegularFile(Path.of("Dockerfile"))) {
        out.add(new Input("Dockerfile", Path.of("Dockerfile"), false, null));
        return out;
      }
      throw new UsageError("no Dockerfile in the current directory: name files or directories to lint, e.g."
          + " 'dockwright lint path/to/Dockerfile'");
    }
    Set<String> seen = new LinkedHashSet<>();
    for (String p : paths) {
      if (p.equals("-")) {
        out.add(new Input(stdinFilename != null ? stdinFilename : "-", null, true, readStdin()));
        continue;
      }
      Path path = Path.of(p);
      if (Files.isDirectory(path)) {
        List<Path> found = DockerfileFinder.find(path);
        if (found.isEmpty()) {
          spec.commandLine().getErr().println("dockwright: no Dockerfiles under '" + p + "' (looked for Dockerfile,"
              + " Dockerfile.*, *.Dockerfile, Containerfile, Containerfile.*, skipping what .gitignore ignores)");
        }
        for (Path f : found) {
          String display = f.normalize().toString();
          if (seen.add(display)) {
            out.add(new Input(display, f, false, null));
          }
        }
      } else if (Files.exists(path)) {
        if (seen.add(path.normalize().toString())) {
          out.add(new Input(p, path, false, null));
        }
      } else {
        throw new UsageError("cannot read '" + p + "': no such file or directory");
      }
    }
    return out;
  }

  private byte[] readStdin() {
    try {
      return stdin.readAllBytes();
    } catch (IOException e) {
      throw new UsageError("cannot read standard input: " + e.getMessage());
    }
  }

  private int diffs;
  private DerivedImages derived = new DerivedImages(java.util.Map.of());

  /**
   * Files per round: a round first lets batching rules (ShellCheck) work on all its files at once, then lints
   * them one by one. Bounded so a huge repository never holds more than a round's parse trees at a time.
   */
  private static final int ROUND = 256;

  private List<FileResult> lintAll(Linter linter, List<Input> inputs, List<LintRun.Notification> notifications,
      PrintWriter out, PrintWriter err) {
    int n = jobs == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, jobs);
    Duration limit = Duration.ofSeconds(fileTimeout);
    List<FileResult> results = new ArrayList<>();
    try (Progress progress = Progress.of(err, quiet, inputs.size())) {
      lintRounds(linter, inputs, n, limit, progress, results, notifications, out, err);
    }
    out.flush();
    err.flush();
    results.sort((a, b) -> a.path().compareTo(b.path()));
    return results;
  }

  private void lintRounds(Linter linter, List<Input> inputs, int n, Duration limit, Progress progress,
      List<FileResult> results, List<LintRun.Notification> notifications, PrintWriter out, PrintWriter err) {
    for (int from = 0; from < inputs.size(); from += ROUND) {
      List<Input> round = inputs.subList(from, Math.min(inputs.size(), from + ROUND));
      Map<String, Linter.Source> sources = round.size() > 1 ? sources(round) : Map.of();
      Linter.Prepared prepared = sources.isEmpty() ? Linter.Prepared.NONE
          : linter.prepare(List.copyOf(sources.values()), n, limit);
      Set<String> tooSlow = prepared.tooSlow();
      List<Input> toLint = round.stream().filter(in -> !tooSlow.contains(in.display())).toList();
      List<Callable<FileOutcome>> tasks = toLint.stream().<Callable<FileOutcome>>map(in -> () -> {
        try {
          return lintOne(linter, in, sources.get(in.display()), prepared);
        } finally {
          progress.fileDone();
        }
      }).toList();
      List<ParallelRun.Outcome<FileOutcome>> outcomes = ParallelRun.run(tasks, n, limit, Linter.LINT_STACK_BYTES);
      progress.close(); // erased before notes and diffs are printed; it comes back with the next round
      for (int i = 0, next = 0; i < round.size(); i++) {
        Input in = round.get(i);
        collect(in, tooSlow.contains(in.display()) ? new ParallelRun.TimedOut<>(limit) : outcomes.get(next++),
            results, notifications, out, err);
      }
    }
  }

  /**
   * The round's files, read once for the linter's batch preparation and the lint itself (by display name);
   * files that cannot be read are left out here and reported when they are linted.
   */
  private Map<String, Linter.Source> sources(List<Input> round) {
    Map<String, Linter.Source> out = new LinkedHashMap<>();
    for (Input in : round) {
      try {
        byte[] bytes = in.stdin ? in.stdinBytes : Files.readAllBytes(in.file);
        out.put(in.display, new Linter.Source(in.display, bytes, basesOf(in)));
      } catch (IOException e) {
        // reported when the file is linted
      }
    }
    return out;
  }

  private void collect(Input in, ParallelRun.Outcome<FileOutcome> outcome, List<FileResult> results,
      List<LintRun.Notification> notifications, PrintWriter out, PrintWriter err) {
    if (outcome instanceof ParallelRun.TimedOut<FileOutcome> t) {
      notifications.add(new LintRun.Notification(in.display(), "not linted: gave up after " + t.limit().toSeconds()
          + " s (the per-file limit; raise it with --file-timeout)"));
      return;
    }
    if (outcome instanceof ParallelRun.Failed<FileOutcome> f) {
      Throwable cause = f.error();
      if (cause instanceof UsageError u) {
        throw u;
      }
      if (debug) {
        cause.printStackTrace(err);
      }
      notifications.add(new LintRun.Notification(in.display(), "internal error: " + cause));
      return;
    }
    FileOutcome o = ((ParallelRun.Done<FileOutcome>) outcome).value();
    if (o.notification != null) {
      notifications.add(o.notification);
    }
    if (o.note != null) {
      err.println(o.note);
    }
    if (o.diff != null) {
      diffs++;
      out.print(o.diff);
    }
    if (o.stdout != null) {
      out.print(o.stdout);
    }
    if (o.result != null) {
      results.add(o.result);
    }
  }

  private BaseResolver basesOf(Input in) {
    return derived.resolverFor(in.stdin ? null : in.file.toAbsolutePath().getParent());
  }

  private record FileOutcome(FileResult result, LintRun.Notification notification, String note, String diff,
      String stdout) {}

  /** Lints one file: from {@code source} when the round read it (then possibly prepared), else read now. */
  private FileOutcome lintOne(Linter linter, Input in, Linter.Source source, Linter.Prepared prepared) {
    byte[] bytes;
    try {
      bytes = source != null ? source.bytes() : in.stdin ? in.stdinBytes : Files.readAllBytes(in.file);
    } catch (IOException e) {
      return new FileOutcome(null, new LintRun.Notification(in.display, "cannot read: " + e.getMessage()), null,
          null, null);
    }
    BaseResolver bases = source != null ? source.bases() : basesOf(in);
    FileResult result = linter.lint(in.display, bytes, bases, prepared);
    if (!fix && !diff) {
      return new FileOutcome(result, null, null, null, null);
    }
    DecodedSource decoded = DecodedSource.decode(bytes);
    if (result.parse().hasErrors()) {
      SyntaxDiagnostic first = result.parse().diagnostics().stream()
          .filter(d -> d.level() == SyntaxDiagnostic.Level.ERROR).findFirst().orElseThrow();
      String note = "dockwright: " + in.display + ": not fixed: line " + first.range().startLine() + " has a syntax"
          + " error (" + first.message() + "); fix it first";
      return new FileOutcome(result, null, note, null, null);
    }
    Set<Applicability> allowed = unsafeFixes ? Set.of(Applicability.SAFE, Applicability.UNSAFE)
        : Set.of(Applicability.SAFE);
    String original = decoded.text();
    FixApplier.Result fixed = FixApplier.applyUntilStable(original, text -> fixesOf(linter.lintText(in.display, text, bases),
        allowed));
    if (fixed.text().equals(original)) {
      return new FileOutcome(result, null, null, null, in.stdin && fix && !diff ? original : null);
    }
    String note = fixed.converged() ? null : "dockwright: " + in.display + ": fixes did not settle after "
        + FixApplier.MAX_PASSES + " passes; please report it";
    if (diff) {
      return new FileOutcome(result, null, note, unifiedDiff(in.display, original, fixed.text()), null);
    }
    if (in.stdin) {
      return new FileOutcome(linter.lintText(in.display, fixed.text(), bases), null, note, null, fixed.text());
    }
    if (Thread.currentThread().isInterrupted()) {
      return new FileOutcome(result, null, note, null, null); // over the time limit: the run moved on, write nothing
    }
    try {
      AtomicWrite.write(in.file, fixed.text(), decoded.bom());
    } catch (IOException e) {
      return new FileOutcome(result, new LintRun.Notification(in.display, "cannot write the fixed file: "
          + e.getMessage()), note, null, null);
    }
    FileResult after = linter.lintText(in.display, fixed.text(), bases);
    return new FileOutcome(after, null, note, null, null);
  }

  private static List<Fix> fixesOf(FileResult r, Set<Applicability> allowed) {
    List<Fix> out = new ArrayList<>();
    for (Finding f : r.findings()) {
      if (!f.suppressed() && f.fix().isPresent() && allowed.contains(f.fix().get().applicability())) {
        out.add(f.fix().get());
      }
    }
    return out;
  }

  static String unifiedDiff(String name, String before, String after) {
    List<String> a = Arrays.asList(before.split("\n", -1));
    List<String> b = Arrays.asList(after.split("\n", -1));
    Patch<String> patch = DiffUtils.diff(a, b);
    String path = name.startsWith("/") ? name : "/" + name;
    List<String> lines = UnifiedDiffUtils.generateUnifiedDiff("a" + path, "b" + path, a, patch, 3);
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      sb.append(l).append('\n');
    }
    return sb.toString();
  }

  private void writeBaseline(List<FileResult> results) throws IOException {
    List<Baseline.Entry> entries = new ArrayList<>();
    for (FileResult r : results) {
      List<Finding> active = r.activeFindings();
      List<String> fps = Baseline.fingerprints(keys(r, active));
      for (int i = 0; i < active.size(); i++) {
        entries.add(new Baseline.Entry(r.path(), active.get(i).rule().id(), fps.get(i)));
      }
    }
    try {
      Baseline.write(writeBaseline, entries);
    } catch (IOException e) {
      throw new UsageError("cannot write baseline '" + writeBaseline + "': " + e.getMessage());
    }
  }

  private static List<Baseline.Key> keys(FileResult r, List<Finding> findings) {
    SourceText src = r.parse().ast().source();
    List<Baseline.Key> keys = new ArrayList<>();
    for (Finding f : findings) {
      int line = Math.min(f.range().startLine(), Math.max(1, src.lineCount()));
      String text = src.length() == 0 ? "" : src.lineText(line);
      keys.add(new Baseline.Key(r.path(), f.rule().id(), text, f.message()));
    }
    return keys;
  }

  private List<FileResult> applyBaseline(List<FileResult> results) {
    Baseline b;
    try {
      b = Baseline.read(baseline);
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage());
    }
    List<FileResult> out = new ArrayList<>();
    for (FileResult r : results) {
      List<Finding> active = r.activeFindings();
      List<String> fps = Baseline.fingerprints(keys(r, active));
      List<Finding> all = new ArrayList<>();
      int i = 0;
      for (Finding f : r.findings()) {
        if (f.suppressed()) {
          all.add(f);
          continue;
        }
        String fp = fps.get(i++);
        if (b.absorbs(r.path(), f.rule().id(), fp)) {
          all.add(f.withSuppression(new Suppression(Suppression.Scope.FILE, Suppression.Syntax.BASELINE,
              "recorded in the baseline " + baseline, f.range(), baseline.toString())));
        } else {
          all.add(f);
        }
      }
      out.add(new FileResult(r.path(), r.parse(), all));
    }
    return out;
  }

  private int exitCode(List<FileResult> results, List<LintRun.Notification> notifications, Severity threshold,
      boolean none) {
    if (exitZero || none) {
      return Main.EXIT_CLEAN;
    }
    for (FileResult r : results) {
      if (r.parse().hasErrors() && Severity.ERROR.atLeast(threshold)) {
        return Main.EXIT_FINDINGS;
      }
      for (Finding f : r.activeFindings()) {
        if (f.severity().atLeast(threshold)) {
          return Main.EXIT_FINDINGS;
        }
      }
    }
    return notifications.isEmpty() ? Main.EXIT_CLEAN : Main.EXIT_FINDINGS;
  }

  private void report(LintRun run, PrintWriter out) throws IOException {
    List<String> fmts = formats.isEmpty() ? List.of("tty") : formats;
    if (outputs.size() > fmts.size()) {
      throw new UsageError("--output " + outputs.get(fmts.size()) + " has no --format before it to pair with");
    }
    boolean stdinFix = fix && !diff && run.results().size() == 1 && paths.equals(List.of("-"));
    for (int i = 0; i < fmts.size(); i++) {
      Reporter reporter = reporter(fmts.get(i), i < outputs.size());
      if (i < outputs.size()) {
        Path target = outputs.get(i);
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
          reporter.write(run, w);
        } catch (IOException e) {
          throw new UsageError("cannot write '" + target + "': " + e.getMessage());
        }
      } else if (stdinFix) {
        reporter.write(run, spec.commandLine().getErr());
      } else {
        reporter.write(run, out);
      }
    }
  }

  private Reporter reporter(String format, boolean toFile) {
    boolean color = !toFile && !noColor && System.getenv("NO_COLOR") == null && System.console() != null;
    return Reporters.forName(format, new Reporters.TtyOptions(color, quiet, statistics)).orElseThrow(
        () -> new UsageError("unknown --format '" + format + "'; use " + String.join(", ", Reporters.names())));
  }
}
