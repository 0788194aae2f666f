package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Token;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.Expansion;
import dev.dockwright.semantic.ImageReference;
import dev.dockwright.semantic.Scope;
import dev.dockwright.semantic.Stage;
import dev.dockwright.semantic.VariableBinding;
import dev.dockwright.semantic.VariableReference;
import dev.dockwright.semantic.VariableScope;
import java.util.Map;
import java.util.stream.Collectors;

@RuleInfo(
    id = "DW3031",
    name = "invalid-default-arg-in-from",
    summary = "With only the default values of the global ARGs, FROM is not a valid image reference",
    severity = Severity.WARNING,
    category = Category.BASE_IMAGE,
    aliases = {"InvalidDefaultArgInFrom"})
public final class InvalidDefaultArgInFrom implements Rule {
  /** The values BuildKit's check gives the predefined platform arguments (any real platform would do). */
  private static final Map<String, String> PLATFORM_PLACEHOLDERS = Map.of("TARGETPLATFORM", "linux/amd64",
      "TARGETOS", "linux", "TARGETARCH", "amd64", "TARGETVARIANT", "", "BUILDPLATFORM", "linux/amd64",
      "BUILDOS", "linux", "BUILDARCH", "amd64", "BUILDVARIANT", "", "TARGETSTAGE", "stage");

  @Override
  public void check(RuleContext context) {
    Scope global = context.model().globalScope();
    VariableScope defaultsOnly = name -> {
      VariableBinding b = global.lookup(name);
      if (b.kind() != VariableBinding.Kind.DEFINED_UNKNOWN) {
        return b;
      }
      String placeholder = global.originOf(name) == Scope.Origin.BUILTIN_ARG ? PLATFORM_PLACEHOLDERS.get(name) : null;
      return placeholder == null ? VariableBinding.undefined() : VariableBinding.defined(placeholder);
    };
    for (Stage stage : context.model().stages()) {
      if (stage.from().image().isEmpty()) {
        continue;
      }
      Token image = stage.from().image().get();
      Expansion e = context.model().expander().expandWord(image.text(), defaultsOnly);
      if (e.references().isEmpty() || e.failed() || !e.known()) {
        continue;
      }
      if (!e.value().isEmpty() && ImageReference.parse(e.value()).valid()) {
        continue;
      }
      String unset = e.references().stream().filter(r -> global.lookup(r.name()).kind()
          == VariableBinding.Kind.DEFINED_UNKNOWN && global.originOf(r.name()) != Scope.Origin.BUILTIN_ARG)
          .map(VariableReference::name).distinct().map(n -> "`ARG " + n + "`").collect(Collectors.joining(", "));
      String shown = e.value().isEmpty() ? "empty" : "`" + e.value() + "`, not a valid image reference";
      context.report(image.range(), "with only the default values of its ARGs, `" + image.text() + "` is " + shown
          + (unset.isEmpty() ? "" : ": give " + unset + " a default value"));
    }
  }
}
