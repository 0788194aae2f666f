package dev.dockwright.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.ast.Instruction;
import dev.dockwright.parser.DockerfileReader;
import dev.dockwright.parser.ParseResult;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds models from Dockerfile text and prints their parts compactly, so tables can state them exactly. */
final class Models {
  private Models() {}

  /** The model of a Dockerfile that must parse without syntax errors. */
  static DockerfileModel model(String dockerfile) {
    ParseResult result = DockerfileReader.parse(dockerfile);
    assertThat(result.hasErrors()).as("syntax errors: %s", result.diagnostics()).isFalse();
    return DockerfileModel.of(result.ast());
  }

  /** The instruction that starts on {@code line} (1-based); ONBUILD triggers are found by their own line too. */
  static Instruction at(DockerfileModel model, int line) {
    for (Instruction i : model.ast().instructions()) {
      if (i.range().startLine() == line) {
        return i;
      }
    }
    throw new AssertionError("no instruction starts on line " + line);
  }

  /** {@code NAME=value} for every visible variable in definition order; {@code NAME=?} when unknown. */
  static String visible(Scope scope) {
    return scope.snapshot().entrySet().stream().map(Models::binding).collect(Collectors.joining(" "));
  }

  private static String binding(Map.Entry<String, VariableBinding> e) {
    return e.getKey() + "=" + (e.getValue().kind() == VariableBinding.Kind.DEFINED ? e.getValue().value() : "?");
  }
}
