package dev.dockwright.rule;

import dev.dockwright.ast.Dockerfile;
import dev.dockwright.ast.SourceRange;
import dev.dockwright.ast.SourceText;
import dev.dockwright.fix.Fix;
import dev.dockwright.parser.SyntaxDiagnostic;
import dev.dockwright.semantic.DockerfileModel;
import java.util.List;
import java.util.Optional;

/** What a rule sees of one file, and where it reports. */
public interface RuleContext {
  /** The file's path as given by the user (for messages only; rules never read files). */
  String path();

  Dockerfile ast();

  SourceText source();

  DockerfileModel model();

  List<SyntaxDiagnostic> syntaxDiagnostics();

  Settings settings();

  /**
   * One of the running rule's options: as the config sets it ({@code rules: {rule-name: {option: value}}}),
   * else its declared default; empty when neither gives one. The value has the option's type ({@link
   * OptionType}: Boolean, Long, String or {@code List<String>}).
   *
   * @throws IllegalStateException when the rule's {@link RuleInfo#options()} does not declare {@code option}
   */
  default Optional<Object> option(String option) {
    OptionSpec spec = declaredOptions().stream().filter(o -> o.name().equals(option)).findFirst().orElseThrow(
        () -> new IllegalStateException(ruleName() + " reads option '" + option + "', which it does not declare"));
    Optional<Object> configured = settings().option(ruleName(), option).map(spec::parse);
    return configured.isPresent() ? configured : spec.typedDefault();
  }

  /** The options the running rule declares ({@link RuleInfo#options()}). */
  List<OptionSpec> declaredOptions();

  /** The running rule's kebab-case name. */
  String ruleName();

  /** A per-file analysis shared by the rules, computed once per file (the first rule that asks computes it). */
  <T> T analysis(Analysis<T> analysis);

  void report(SourceRange range, String message);

  void report(SourceRange range, String message, Fix fix);

  void report(SourceRange range, String message, Fix fix, List<RelatedLocation> related);

  /**
   * Reports at {@code ceiling} or below (never above the rule's configured severity): for findings that
   * rest on what the linter cannot see, such as the state of a base image it cannot resolve, which must not
   * read as confidently as a certain finding. {@code fix} may be null.
   */
  default void reportAtMost(Severity ceiling, SourceRange range, String message, Fix fix) {
    report(range, message, fix, List.of());
  }

  /**
   * Reports a finding of the external checker this rule wraps (see {@link RuleInfo#externalCodes()}):
   * {@code code} (e.g. {@code SC2086}) can be suppressed and ignored on its own, and {@code severity} is the
   * checker's level, used unless the user configured a severity for the rule. {@code fix} may be null.
   */
  void reportExternal(String code, Severity severity, SourceRange range, String message, Fix fix);
}
