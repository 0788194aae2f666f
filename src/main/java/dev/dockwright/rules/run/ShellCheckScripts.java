package dev.dockwright.rules.run;

import dev.dockwright.ast.CommandLine;
import dev.dockwright.ast.Heredoc;
import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.LogicalText;
import dev.dockwright.ast.SourceRange;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.BatchingRule;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.OptionType;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.RuleOption;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.BuiltinArgs;
import dev.dockwright.semantic.ScriptInterpreter;
import dev.dockwright.shell.ShellScript;
import dev.dockwright.shellcheck.ScriptText;
import dev.dockwright.shellcheck.ShellCheckRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

@RuleInfo(
    id = "DW4033",
    name = "shellcheck",
    summary = "ShellCheck's findings in `RUN` scripts, when `shellcheck` is installed",
    severity = Severity.WARNING,
    category = Category.SHELL,
    fix = FixAvailability.SOMETIMES,
    fixSafety = Applicability.UNSAFE,
    externalCodes = "SC\\d{4}",
    options = {
        @RuleOption(name = "path", type = OptionType.PROGRAM,
            summary = "the `shellcheck` binary to run; `off` turns the rule off (default: `shellcheck` on PATH)"),
        @RuleOption(name = "exclude", type = OptionType.LIST, pattern = "(?i)(SC)?[0-9]{4}",
            summary = "ShellCheck codes to leave out (`SC2086`, or `2086`)"),
        @RuleOption(name = "timeout-seconds", type = OptionType.POSITIVE_INTEGER, defaultValue = "10",
            summary = "how long one ShellCheck run may take before it is killed and the file is linted without it "
                + "(at most 600)")})
public final class ShellCheckScripts implements BatchingRule {
  /** ShellCheck names the dialects it knows; ash is checked as dash (and says so with SC2187). */
  private static final Map<String, String> DIALECTS = Map.of("sh", "sh", "bash", "bash", "dash", "dash", "ash",
      "ash", "ksh", "ksh", "mksh", "ksh", "busybox", "sh");
  /**
   * Always left out: SC2187 (ash is checked as dash), SC1090/SC1091 (a sourced file is in the image, not
   * next to the Dockerfile, so ShellCheck cannot follow it).
   */
  private static final List<Integer> EXCLUDED = List.of(2187, 1090, 1091);

  /** What one file asks of ShellCheck: these scripts, with this binary, exclusions and time limit. */
  private record Request(Path binary, List<ScriptText> texts, List<Integer> exclude, Duration timeout) {
    List<String> scripts() {
      return texts.stream().map(ScriptText::text).toList();
    }

    /** The same ShellCheck invocation for other scripts: the key to group files by. */
    Request withoutTexts() {
      return new Request(binary, List.of(), exclude, timeout);
    }
  }

  private static Optional<Request> request(RuleContext context) {
    Optional<Path> binary = binary(context);
    if (binary.isEmpty()) {
      return Optional.empty(); // not installed: skipped quietly
    }
    List<ScriptText> texts = new ArrayList<>();
    for (Instruction.Run run : RunScripts.runs(context)) {
      texts.addAll(scriptsOf(context, run));
    }
    if (texts.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> exclude = new ArrayList<>(EXCLUDED);
    exclude.addAll(configuredExclusions(context));
    return Optional.of(new Request(binary.get(), texts, List.copyOf(exclude), timeout(context)));
  }

  /** Checks every file's scripts in a few ShellCheck processes; {@link #check} then reads the results. */
  @Override
  public void prepare(List<RuleContext> files) {
    Map<Request, List<String>> scriptsByRun = new LinkedHashMap<>();
    for (RuleContext context : files) {
      request(context).ifPresent(r -> scriptsByRun.computeIfAbsent(r.withoutTexts(), k -> new ArrayList<>())
          .addAll(r.scripts()));
    }
    scriptsByRun.forEach((r, scripts) -> ShellCheckRunner.prefetch(r.binary(), scripts, r.exclude(), r.timeout(),
        Runtime.getRuntime().availableProcessors()));
  }

  @Override
  public void check(RuleContext context) {
    Optional<Request> request = request(context);
    if (request.isEmpty()) {
      return;
    }
    List<ScriptText> texts = request.get().texts();
    ShellCheckRunner.Result result = ShellCheckRunner.run(request.get().binary(), request.get().scripts(),
        request.get().exclude(), request.get().timeout());
    for (ShellCheckRunner.Comment c : result.comments()) {
      ScriptText text = texts.get(c.script());
      Optional<SourceRange> range = text.range(c.line(), c.column(), c.endLine(), c.endColumn());
      if (range.isEmpty()) {
        continue;
      }
      String code = "SC" + c.code();
      String message = code + ": " + stripPeriod(c.message());
      context.reportExternal(code, severity(c.level()), range.get(), message, fix(text, c).orElse(null));
    }
  }

  /** On Red Hat-like bases {@code /bin/sh} is bash, so `[ $a == b ]` is fine there and ShellCheck is told so. */
  private static boolean binShIsBash(RuleContext context, Instruction.Run run) {
    return context.model().stageOf(run).map(s -> context.model().imageState(s).binShIsBash()).orElse(false);
  }

  /**
   * What ShellCheck sees of one RUN: each script a POSIX shell runs, with the shell's dialect and the
   * variables the build defines for it. The line of {@code RUN cat <<EOF > file} is sent with its heredoc
   * bodies and terminators, as the shell reads it; a {@code RUN <<EOF} line is left out and its body sent.
   */
  private static List<ScriptText> scriptsOf(RuleContext context, Instruction.Run run) {
    List<ScriptText> out = new ArrayList<>();
    List<ShellScript> scripts = context.model().scripts(run);
    Collection<String> variables = variables(context, run);
    for (ShellScript script : scripts) {
      ScriptInterpreter interpreter = context.model().interpreter(script);
      Optional<String> dialect = interpreter.name().map(DIALECTS::get).map(d -> d.equals("sh")
          && interpreter.name().get().equals("sh") && binShIsBash(context, run) ? "bash" : d);
      Optional<LogicalText> text = script.text();
      if (dialect.isEmpty() || text.isEmpty() || text.get().text().isBlank()) {
        continue;
      }
      boolean line = run.command().map(c -> c instanceof CommandLine.ShellForm sf && sf.script() == text.get())
          .orElse(false);
      if (line && !run.heredocs().isEmpty() && (scripts.size() > 1 || script.invocations().isEmpty())) {
        continue; // only heredoc markers (and the shell reading them): the bodies are the scripts, or not shell
      }
      ScriptText.Builder b = new ScriptText.Builder(context.source());
      LogicalText t = text.get();
      if (interpreter.source() == ScriptInterpreter.Source.SHEBANG) {
        int eol = t.text().indexOf('\n');
        if (eol < 0) {
          continue;
        }
        b.append(t.sub(0, eol + 1)).declare(variables).append(t.sub(eol + 1, t.length()));
      } else {
        b.header(dialect.get(), variables).append(t);
      }
      if (line) {
        for (Heredoc h : run.heredocs()) {
          b.synthetic("\n").append(h.body()).synthetic(h.name());
        }
      }
      out.add(b.build());
    }
    return out;
  }

  /** ARGs and ENVs in effect for the RUN, and the proxy arguments BuildKit always passes. */
  private static Collection<String> variables(RuleContext context, Instruction.Run run) {
    Set<String> names = new TreeSet<>(context.model().context(run).scope().names());
    names.addAll(BuiltinArgs.PROXY);
    return names;
  }

  private static Optional<Fix> fix(ScriptText text, ShellCheckRunner.Comment c) {
    if (c.fix().isEmpty()) {
      return Optional.empty();
    }
    List<Edit> edits = new ArrayList<>();
    for (ShellCheckRunner.Replacement r : c.fix()) {
      Optional<int[]> span = text.exactSpan(r.line(), r.column(), r.endLine(), r.endColumn());
      if (span.isEmpty()) {
        return Optional.empty();
      }
      edits.add(new Edit(span.get()[0], span.get()[1], r.text()));
    }
    edits.sort(null);
    for (int i = 1; i < edits.size(); i++) {
      if (edits.get(i).overlaps(edits.get(i - 1))) {
        return Optional.empty();
      }
    }
    return Optional.of(new Fix("Apply ShellCheck's fix for SC" + c.code(), Applicability.UNSAFE, edits));
  }

  private static Severity severity(String level) {
    return switch (level) {
      case "error" -> Severity.ERROR;
      case "warning" -> Severity.WARNING;
      case "info" -> Severity.INFO;
      default -> Severity.STYLE;
    };
  }

  private static String stripPeriod(String message) {
    return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
  }

  /** Option {@code path}: an explicit binary, or {@code off}; by default {@code shellcheck} on PATH. */
  private static Optional<Path> binary(RuleContext context) {
    Optional<Object> configured = context.option("path");
    if (configured.isEmpty()) {
      return ShellCheckRunner.onPath();
    }
    String path = (String) configured.get();
    if (path.equals("off")) {
      return Optional.empty();
    }
    Path p = Path.of(path);
    return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
  }

  /** Option {@code exclude}: codes such as {@code SC2086} or {@code 2034}; others name no ShellCheck check. */
  private static List<Integer> configuredExclusions(RuleContext context) {
    List<Integer> out = new ArrayList<>();
    for (Object code : (List<?>) context.option("exclude").orElse(List.of())) {
      String digits = String.valueOf(code).toUpperCase(Locale.ROOT).replaceFirst("^SC", "");
      if (digits.matches("\\d{1,5}")) {
        out.add(Integer.parseInt(digits));
      }
    }
    return out;
  }

  /** Option {@code timeout-seconds}: how long one ShellCheck run may take before it is killed (at most 600). */
  private static Duration timeout(RuleContext context) {
    return Duration.ofSeconds(Math.min((Long) context.option("timeout-seconds").orElseThrow(), 600));
  }
}
