package dev.dockwright.engine;

import dev.dockwright.ast.SourceRange;
import dev.dockwright.parser.DockerfileReader;
import dev.dockwright.parser.ParseResult;
import dev.dockwright.rule.BatchingRule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.Settings;
import dev.dockwright.rule.SuppressionAwareRule;
import dev.dockwright.semantic.BaseResolver;
import dev.dockwright.semantic.BuildContext;
import dev.dockwright.semantic.DockerIgnore;
import dev.dockwright.semantic.DockerfileModel;
import dev.dockwright.suppress.Pragma;
import dev.dockwright.suppress.Suppressions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Lints one file: parse, build the model once, run every enabled rule, match suppression pragmas, then
 * run the rules that report on the pragmas themselves. A rule that throws produces an
 * {@code internal-error} finding for that rule, never a failed run.
 */
public final class Linter {
  private final RuleRegistry registry;
  private final RuleSelection selection;
  private final Settings settings;
  private final boolean honourPragmas;
  private final Consumer<Throwable> onInternalError;
  private final Function<String, Optional<DockerIgnore>> dockerignoreLocator;

  public Linter(RuleRegistry registry, RuleSelection selection, Settings settings, boolean honourPragmas,
      Consumer<Throwable> onInternalError) {
    this(registry, selection, settings, honourPragmas, onInternalError, DockerignoreFiles::besideDockerfile);
  }

  private Linter(RuleRegistry registry, RuleSelection selection, Settings settings, boolean honourPragmas,
      Consumer<Throwable> onInternalError, Function<String, Optional<DockerIgnore>> dockerignoreLocator) {
    this.registry = registry;
    this.selection = selection;
    this.settings = settings;
    this.honourPragmas = honourPragmas;
    this.onInternalError = onInternalError;
    this.dockerignoreLocator = dockerignoreLocator;
  }

  /**
   * A linter that finds each file's build-context ignore patterns with {@code locator} (given the path being
   * linted) and hands them to the rules as {@link Settings#dockerignore()}. By default the ignore file beside
   * the Dockerfile is read ({@link DockerignoreFiles#besideDockerfile}); pass {@code p -> Optional.empty()}
   * for text that is not on disk, or a locator for an explicit build context. Settings that already carry
   * patterns keep them.
   */
  public Linter withDockerignoreLocator(Function<String, Optional<DockerIgnore>> locator) {
    return new Linter(registry, selection, settings, honourPragmas, onInternalError, locator);
  }

  public static Linter defaults() {
    RuleRegistry r = RuleRegistry.standard();
    return new Linter(r, RuleSelection.defaults(r), Settings.defaults(), true, t -> { });
  }

  public RuleRegistry registry() {
    return registry;
  }

  public Settings settings() {
    return settings;
  }

  public FileResult lint(String path, byte[] bytes) {
    return lint(path, DockerfileReader.parse(bytes), BaseResolver.NONE);
  }

  public FileResult lint(String path, byte[] bytes, BaseResolver bases) {
    return lint(path, DockerfileReader.parse(bytes), bases);
  }

  public FileResult lintText(String path, String text) {
    return lint(path, DockerfileReader.parse(text), BaseResolver.NONE);
  }

  public FileResult lintText(String path, String text, BaseResolver bases) {
    return lint(path, DockerfileReader.parse(text), bases);
  }

  public FileResult lint(String path, ParseResult parse) {
    return lint(path, parse, BaseResolver.NONE);
  }

  /** A file to lint: what to call it, its bytes, and how its locally built base images resolve. */
  public record Source(String path, byte[] bytes, BaseResolver bases) {}

  /**
   * What {@link #prepare} made: each file's parse and model, kept for {@link #lint(String, byte[], BaseResolver,
   * Prepared)} so a prepared file is not parsed twice, and the files that took too long.
   */
  public static final class Prepared {
    public static final Prepared NONE = new Prepared(Map.of(), Set.of());

    private final Map<String, FileContext.Shared> byPath;
    private final Set<String> tooSlow;

    private Prepared(Map<String, FileContext.Shared> byPath, Set<String> tooSlow) {
      this.byPath = byPath;
      this.tooSlow = tooSlow;
    }

    /** The paths of the files that took longer than the limit to parse and model: linting them again would only
     * take the limit again. */
    public Set<String> tooSlow() {
      return tooSlow;
    }

    /** The prepared file, handed out once (then dropped), if it was prepared from exactly these bytes. */
    private FileContext.Shared take(String path, byte[] bytes) {
      FileContext.Shared shared = byPath.get(path);
      return shared != null && shared.bytes() == bytes && byPath.remove(path, shared) ? shared : null;
    }
  }

  /**
   * Lets the enabled {@link BatchingRule}s do their shared work for these files before they are linted one by
   * one (ShellCheck: a few processes for the whole batch instead of one per file). Parses and models the
   * files on {@code jobs} threads, each file under {@code limit}; a file that fails or takes too long is left
   * out here. Findings do not depend on whether this ran.
   */
  public Prepared prepare(List<Source> files, int jobs, Duration limit) {
    List<RuleDescriptor> batching = registry.all().stream()
        .filter(d -> d.rule() instanceof BatchingRule && selection.isEnabled(d)).toList();
    if (batching.isEmpty() || files.isEmpty()) {
      return Prepared.NONE;
    }
    List<Callable<FileContext.Shared>> tasks = files.stream().<Callable<FileContext.Shared>>map(
        f -> () -> shared(f.path(), f.bytes(), DockerfileReader.parse(f.bytes()), f.bases())).toList();
    Map<String, FileContext.Shared> prepared = new ConcurrentHashMap<>();
    Set<String> tooSlow = new HashSet<>();
    List<ParallelRun.Outcome<FileContext.Shared>> outcomes = ParallelRun.run(tasks, jobs, limit, LINT_STACK_BYTES);
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i) instanceof ParallelRun.Done<FileContext.Shared> done) {
        prepared.put(files.get(i).path(), done.value());
      } else if (outcomes.get(i) instanceof ParallelRun.TimedOut<FileContext.Shared>) {
        tooSlow.add(files.get(i).path());
      }
    }
    // each rule's batch work under the same limit as one file: past it, the work is interrupted (ShellCheck
    // processes are killed) and check() does it file by file, each file under its own limit
    List<Callable<Void>> work = batching.stream().<Callable<Void>>map(d -> () -> {
      List<RuleContext> contexts = prepared.values().stream()
          .<RuleContext>map(sh -> new FileContext(sh, d, selection.severity(d), new ArrayList<>())).toList();
      ((BatchingRule) d.rule()).prepare(contexts);
      return null;
    }).toList();
    for (ParallelRun.Outcome<Void> o : ParallelRun.run(work, 1, limit, LINT_STACK_BYTES)) {
      if (o instanceof ParallelRun.Failed<Void> f) {
        onInternalError.accept(f.error()); // check() does the work again and reports what fails there
      }
    }
    return new Prepared(prepared, Set.copyOf(tooSlow));
  }

  /** Lints a file, reusing its parse and model when {@code prepared} holds them for these very bytes. */
  public FileResult lint(String path, byte[] bytes, BaseResolver bases, Prepared prepared) {
    FileContext.Shared shared = prepared.take(path, bytes);
    return shared != null ? lint(shared) : lint(path, bytes, bases);
  }

  /** Stack size of lint threads: the parser and shell model recurse on nested input, within bounds. */
  public static final long LINT_STACK_BYTES = 64L << 20;

  private FileContext.Shared shared(String path, byte[] bytes, ParseResult parse, BaseResolver bases) {
    DockerfileModel model = DockerfileModel.of(parse.ast(), bases, BuildContext.besideDockerfile(path));
    Settings fileSettings = settings.dockerignore().isPresent() ? settings
        : settings.withDockerignore(dockerignoreLocator.apply(path));
    return new FileContext.Shared(path, bytes, parse, model, fileSettings);
  }

  /** Lints a parsed file; {@code bases} resolves locally built base images (derived images). */
  public FileResult lint(String path, ParseResult parse, BaseResolver bases) {
    return lint(shared(path, null, parse, bases));
  }

  private FileResult lint(FileContext.Shared shared) {
    String path = shared.path();
    ParseResult parse = shared.parse();
    List<Finding> findings = new ArrayList<>();
    List<RuleDescriptor> phase2 = new ArrayList<>();
    for (RuleDescriptor d : registry.all()) {
      if (!selection.isEnabled(d)) {
        continue;
      }
      if (d.rule() instanceof SuppressionAwareRule) {
        phase2.add(d);
        continue;
      }
      run(d, shared, findings, ctx -> d.rule().check(ctx));
    }
    Suppressions suppressions = honourPragmas ? Suppressions.of(parse.ast()) : Suppressions.none();
    Set<String> usedCodes = new HashSet<>();
    List<Finding> matched = new ArrayList<>(findings.size());
    findings.removeIf(f -> f.code().isPresent() && selection.ignoresExternalCode(f.code().get()));
    for (Finding f : findings) {
      Suppressions.Match m = suppressions.find(matcher(f), f.range());
      if (m != null) {
        usedCodes.add(key(m.pragma(), m.code()));
        matched.add(f.withSuppression(m.pragma().suppression()));
      } else {
        matched.add(f);
      }
    }
    if (!phase2.isEmpty()) {
      List<SuppressionAwareRule.UnusedCode> unused = new ArrayList<>();
      for (Pragma p : suppressions.pragmas()) {
        for (String code : p.codes()) {
          if (!usedCodes.contains(key(p, code))) {
            boolean known = registry.find(code).isPresent() || code.equalsIgnoreCase("all")
                || registry.ownerOfExternalCode(code).isPresent();
            unused.add(new SuppressionAwareRule.UnusedCode(code, p.suppression().text(), p.suppression().range(),
                known));
          }
        }
      }
      for (RuleDescriptor d : phase2) {
        run(d, shared, matched, ctx -> ((SuppressionAwareRule) d.rule()).check(ctx, unused));
      }
    }
    matched.sort(Comparator.comparingInt((Finding f) -> f.range().startLine())
        .thenComparingInt(f -> f.range().startColumn())
        .thenComparing(f -> f.rule().id())
        .thenComparing(Finding::message));
    return new FileResult(path, parse, matched);
  }

  private static String key(Pragma p, String code) {
    return p.suppression().range().startOffset() + ":" + code;
  }

  /** Pragma codes name a finding's rule (id, name, alias) or, for an external checker's finding, its code. */
  private static Suppressions.RuleMatcher matcher(Finding f) {
    RuleDescriptor d = f.rule();
    return new Suppressions.RuleMatcher() {
      @Override
      public boolean matches(String code) {
        return d.matches(code) || f.code().map(c -> c.equalsIgnoreCase(code.trim())).orElse(false);
      }

      @Override
      public boolean isBuildkitCheck() {
        return d.aliases().stream().anyMatch(a -> a.matches("[A-Z][A-Za-z]+"));
      }
    };
  }

  private void run(RuleDescriptor d, FileContext.Shared shared, List<Finding> out,
      Consumer<FileContext> body) {
    FileContext ctx = new FileContext(shared, d, selection.severity(d), out);
    try {
      body.accept(ctx);
    } catch (RuntimeException | StackOverflowError e) {
      onInternalError.accept(e);
      SourceRange at = shared.parse().ast().source().range(0, 0);
      out.add(new Finding(shared.path(), d, selection.severity(d), "internal error in rule `" + d.name() + "`: " + e
          + " (please report it)", at, Optional.empty(), List.of(), Optional.empty()));
    }
  }
}
