package dev.dockwright.engine;

import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Fix;
import dev.dockwright.fix.FixApplier;
import dev.dockwright.parser.DecodedSource;
import dev.dockwright.parser.DockerfileReader;
import dev.dockwright.parser.ParseResult;
import dev.dockwright.parser.SyntaxDiagnostic;
import dev.dockwright.rule.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One fuzz input through the whole pipeline: parse, model, every rule but ShellCheck (an external process),
 * then every SAFE and UNSAFE fix until stable, as {@code lint --fix --unsafe-fixes} does. A failure is any
 * throwable (a rule's exception included: the linter reports it as an internal error, the target rethrows
 * it), a parser-internal error, fixed output that does not re-parse cleanly into a stable state, or fixes
 * that keep changing the file.
 */
final class FuzzTarget {
  private static final Set<Applicability> ALL_FIXES = Set.of(Applicability.SAFE, Applicability.UNSAFE);

  private final Linter linter;

  FuzzTarget() {
    RuleRegistry registry = RuleRegistry.standard();
    RuleSelection selection = RuleSelection.builder(registry).select(List.of("all")).ignore(List.of("shellcheck"))
        .build();
    this.linter = new Linter(registry, selection, Settings.defaults(), true, FuzzTarget::rethrow)
        .withDockerignoreLocator(p -> Optional.empty());
  }

  private static void rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(t);
  }

  void check(byte[] input) {
    FileResult result = linter.lint("Dockerfile", input);
    checkParse(result.parse());
    if (result.parse().hasErrors()) {
      return;
    }
    String original = DecodedSource.decode(input).text();
    FixApplier.Result fixed = FixApplier.applyUntilStable(original, this::fixesOf);
    if (!fixed.converged()) {
      throw new AssertionError("fixes did not settle after " + FixApplier.MAX_PASSES + " passes; still offered: "
          + new java.util.TreeSet<>(fixesOf(fixed.text()).stream().map(Fix::title).toList()));
    }
    ParseResult reparsed = DockerfileReader.parse(fixed.text());
    checkParse(reparsed);
    if (reparsed.hasErrors()) {
      throw new AssertionError("the fixes " + new java.util.TreeSet<>(fixed.titles()) + " introduced syntax errors "
          + reparsed.diagnostics().stream().map(SyntaxDiagnostic::code).distinct().toList());
    }
    FixApplier.Result again = FixApplier.applyUntilStable(fixed.text(), this::fixesOf);
    if (!again.text().equals(fixed.text())) {
      throw new AssertionError("fixing the fixed output changed it again: " + new java.util.TreeSet<>(again.titles()));
    }
  }

  private List<Fix> fixesOf(String text) {
    List<Fix> out = new ArrayList<>();
    for (Finding f : linter.lintText("Dockerfile", text).findings()) {
      if (!f.suppressed() && f.fix().isPresent() && ALL_FIXES.contains(f.fix().get().applicability())) {
        out.add(f.fix().get());
      }
    }
    return out;
  }

  private static void checkParse(ParseResult parse) {
    for (SyntaxDiagnostic d : parse.diagnostics()) {
      if (d.code().equals("internal-parse-error")) {
        throw new AssertionError(d.message());
      }
    }
  }
}
