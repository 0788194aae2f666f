package dev.dockwright.engine;

import dev.dockwright.ast.Dockerfile;
import dev.dockwright.ast.SourceRange;
import dev.dockwright.ast.SourceText;
import dev.dockwright.fix.Fix;
import dev.dockwright.parser.ParseResult;
import dev.dockwright.parser.SyntaxDiagnostic;
import dev.dockwright.rule.Analysis;
import dev.dockwright.rule.OptionSpec;
import dev.dockwright.rule.RelatedLocation;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.Settings;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.DockerfileModel;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@link RuleContext} of one rule on one file. */
final class FileContext implements RuleContext {
  /** What every rule of one file shares, computed once. */
  record Shared(String path, byte[] bytes, ParseResult parse, DockerfileModel model, Settings settings,
      Map<Analysis<?>, Object> analyses) {
    /** {@code bytes}: what the file was parsed from, when it came as bytes (to tell a prepared file apart). */
    Shared(String path, byte[] bytes, ParseResult parse, DockerfileModel model, Settings settings) {
      this(path, bytes, parse, model, settings, new IdentityHashMap<>());
    }
  }

  private final Shared shared;
  private final RuleDescriptor rule;
  private final Severity severity;
  private final List<Finding> out;

  FileContext(Shared shared, RuleDescriptor rule, Severity severity, List<Finding> out) {
    this.shared = shared;
    this.rule = rule;
    this.severity = severity;
    this.out = out;
  }

  @Override
  public String path() {
    return shared.path();
  }

  @Override
  public Dockerfile ast() {
    return shared.parse().ast();
  }

  @Override
  public SourceText source() {
    return ast().source();
  }

  @Override
  public DockerfileModel model() {
    return shared.model();
  }

  @Override
  public List<SyntaxDiagnostic> syntaxDiagnostics() {
    return shared.parse().diagnostics();
  }

  @Override
  public String ruleName() {
    return rule.name();
  }

  @Override
  public List<OptionSpec> declaredOptions() {
    return rule.options();
  }

  @Override
  public Settings settings() {
    return shared.settings();
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T analysis(Analysis<T> analysis) {
    synchronized (shared.analyses()) {
      return (T) shared.analyses().computeIfAbsent(analysis, a -> a.compute(shared.model(), shared.settings()));
    }
  }

  @Override
  public void report(SourceRange range, String message) {
    add(range, message, Optional.empty(), List.of());
  }

  @Override
  public void report(SourceRange range, String message, Fix fix) {
    add(range, message, Optional.of(fix), List.of());
  }

  @Override
  public void report(SourceRange range, String message, Fix fix, List<RelatedLocation> related) {
    add(range, message, Optional.ofNullable(fix), related);
  }

  @Override
  public void reportAtMost(Severity ceiling, SourceRange range, String message, Fix fix) {
    Severity s = severity.atLeast(ceiling) ? ceiling : severity;
    out.add(new Finding(shared.path(), rule, s, message, range, Optional.ofNullable(fix), List.of(), Optional.empty()));
  }

  @Override
  public void reportExternal(String code, Severity external, SourceRange range, String message, Fix fix) {
    // The rule's severity differs from its default only when the user configured one: that wins.
    Severity effective = severity == rule.severity() ? external : severity;
    out.add(new Finding(shared.path(), rule, effective, message, range, Optional.ofNullable(fix), List.of(),
        Optional.empty(), Optional.of(code)));
  }

  private void add(SourceRange range, String message, Optional<Fix> fix, List<RelatedLocation> related) {
    out.add(new Finding(shared.path(), rule, severity, message, range, fix, related, Optional.empty()));
  }
}
