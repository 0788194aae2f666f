package dev.dockwright.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.engine.FileResult;
import dev.dockwright.engine.Finding;
import dev.dockwright.engine.Linter;
import dev.dockwright.engine.RuleRegistry;
import dev.dockwright.engine.RuleSelection;
import dev.dockwright.parser.DockerfileReader;
import dev.dockwright.rule.Settings;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pragma syntax and scope: which findings each form silences, and what it records. */
class SuppressionsTest {
  private static FileResult lint(String text, boolean pragmas) {
    RuleRegistry r = RuleRegistry.standard();
    Linter linter = new Linter(r, RuleSelection.builder(r).select(List.of("DW3000", "DW3001", "DW1002")).build(),
        Settings.defaults(), pragmas, t -> { });
    return linter.lintText("Dockerfile", text);
  }

  private static List<String> active(FileResult r) {
    return r.activeFindings().stream().map(f -> f.rule().id() + "@" + f.range().startLine()).toList();
  }

  static Stream<Arguments> cases() {
    String body = "FROM a\nMAINTAINER x\nENV A b\nFROM b\nMAINTAINER y\n";
    return Stream.of(
        Arguments.of(body, List.of("DW3000@2", "DW3001@3", "DW3000@5")),
        Arguments.of("FROM a\n# dockwright ignore=DW3000\nMAINTAINER x\nMAINTAINER y\n", List.of("DW3000@4")),
        Arguments.of("FROM a\n# dockwright ignore=maintainer-deprecated,DW3001 # legacy base\nMAINTAINER x\n",
            List.of("DW1002@2")),
        Arguments.of("FROM a\n# hadolint ignore=DL4000\n# another comment\nMAINTAINER x\n", List.of()),
        Arguments.of("# dockwright global ignore=DW3000\n" + body, List.of("DW3001@4")),
        Arguments.of("# hadolint global ignore=DL4000,LegacyKeyValueFormat\n" + body, List.of()),
        Arguments.of("FROM a\n# dockwright stage ignore=DW3000\nMAINTAINER x\nFROM b\nMAINTAINER y\n",
            List.of("DW3000@5")),
        Arguments.of("# check=skip=MaintainerDeprecated\n" + body, List.of("DW3001@4")),
        Arguments.of("# syntax=docker/dockerfile:1\n# check=skip=all;error=true\n" + body, List.of()),
        Arguments.of("FROM a\n# check=skip=MaintainerDeprecated\nMAINTAINER x\nMAINTAINER y\n", List.of("DW3000@4")),
        Arguments.of("FROM a\n# dockwright ignore=DW3000\n\nRUN true\nMAINTAINER x\n", List.of("DW1002@2", "DW3000@5")),
        // above an instruction, BuildKit reads a check comment up to the first space: any code, any rule
        Arguments.of("FROM a\n# check=skip=MaintainerDeprecated // vendor base\nMAINTAINER x\nMAINTAINER y\n",
            List.of("DW3000@4")),
        Arguments.of("FROM a\n# check=skip=DL4000 as upstream has it\nMAINTAINER x\n", List.of()),
        Arguments.of("FROM a\n# check=skip=DW3001;error=true kept for the old parser\nENV A b\n", List.of()),
        // the comma list ends at the space too, as in BuildKit
        Arguments.of("FROM a\n# check=skip=DW3001, DW3000\nMAINTAINER x\n", List.of("DW1002@2", "DW3000@3")),
        // the top directive is read whole (BuildKit does not cut it): the text is part of the last code
        Arguments.of("# check=skip=MaintainerDeprecated // vendor base\nFROM a\nMAINTAINER x\n",
            List.of("DW1002@1", "DW3000@3")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void pragmasSilenceTheirScope(String text, List<String> expected) {
    assertThat(active(lint(text, true))).containsExactlyElementsOf(expected);
  }

  @Test
  void suppressedFindingsAreKeptWithTheirJustification() {
    FileResult r = lint("FROM a\n# dockwright ignore=DW3000 # vendor image, fixed upstream\nMAINTAINER x\n", true);
    Finding f = r.findings().stream().filter(x -> x.rule().id().equals("DW3000")).findFirst().orElseThrow();
    assertThat(f.suppressed()).isTrue();
    Suppression s = f.suppression().orElseThrow();
    assertThat(s.syntax()).isEqualTo(Suppression.Syntax.DOCKWRIGHT);
    assertThat(s.scope()).isEqualTo(Suppression.Scope.NEXT_INSTRUCTION);
    assertThat(s.justification()).isEqualTo("vendor image, fixed upstream");
    assertThat(s.range().toString()).isEqualTo("2:1-2:58");
  }

  @Test
  void textAfterACheckCommentIsItsJustification() {
    RuleRegistry r = RuleRegistry.standard();
    Linter linter = new Linter(r, RuleSelection.builder(r).select(List.of("SecretsUsedInArgOrEnv")).build(),
        Settings.defaults(), true, t -> { });
    FileResult result = linter.lintText("Dockerfile",
        "FROM a\n# check=skip=SecretsUsedInArgOrEnv // the name of a file, not a key\nARG SIGNING_KEY\n");
    Finding f = result.findings().stream().filter(x -> x.rule().id().equals("DW3028")).findFirst().orElseThrow();
    assertThat(f.suppressed()).isTrue();
    assertThat(f.suppression().orElseThrow().syntax()).isEqualTo(Suppression.Syntax.BUILDKIT);
    assertThat(f.suppression().get().justification()).isEqualTo("the name of a file, not a key");
  }

  @Test
  void pragmasCanBeDisabled() {
    assertThat(active(lint("FROM a\n# hadolint ignore=DL4000\nMAINTAINER x\n", false))).containsExactly("DW3000@3");
  }

  @Test
  void parsesCheckDirectiveValues() {
    assertThat(Suppressions.checkSkips("skip=A,B;error=true")).containsExactly("A", "B");
    assertThat(Suppressions.checkSkips("error=true; skip = all")).containsExactly("all");
    assertThat(Suppressions.checkSkips("error=true")).isEmpty();
    assertThat(Suppressions.of(DockerfileReader.parse("# check=skip=X\nFROM a\n").ast()).pragmas()).hasSize(1);
  }
}
