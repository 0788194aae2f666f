package dev.dockwright.engine;

import dev.dockwright.ast.SourceRange;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.RelatedLocation;
import dev.dockwright.rule.Severity;
import dev.dockwright.suppress.Suppression;
import java.util.List;
import java.util.Optional;

/**
 * One problem reported by a rule in one file. Suppressed findings are kept (with the suppression that
 * silenced them) so reports such as SARIF can show them; they never fail a run.
 *
 * @param code the external checker's code ({@code SC2086}) for a finding of a rule that wraps one; empty
 *     otherwise
 */
public record Finding(
    String path,
    RuleDescriptor rule,
    Severity severity,
    String message,
    SourceRange range,
    Optional<Fix> fix,
    List<RelatedLocation> related,
    Optional<Suppression> suppression,
    Optional<String> code) {

  public Finding {
    related = List.copyOf(related);
  }

  public Finding(String path, RuleDescriptor rule, Severity severity, String message, SourceRange range,
      Optional<Fix> fix, List<RelatedLocation> related, Optional<Suppression> suppression) {
    this(path, rule, severity, message, range, fix, related, suppression, Optional.empty());
  }

  /** The code to show for this finding: the external checker's code, else the rule id. */
  public String displayCode() {
    return code.orElse(rule.id());
  }

  public boolean suppressed() {
    return suppression.isPresent();
  }

  public Finding withSuppression(Suppression s) {
    return new Finding(path, rule, severity, message, range, fix, related, Optional.of(s), code);
  }
}
