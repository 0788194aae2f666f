package dev.dockwright.rules.instructions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.engine.Finding;
import dev.dockwright.engine.Linter;
import dev.dockwright.engine.RuleDescriptor;
import dev.dockwright.engine.RuleRegistry;
import dev.dockwright.engine.RuleSelection;
import dev.dockwright.rule.Settings;
import dev.dockwright.semantic.DockerIgnore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of this pack, all enabled and configured, on odd and real inputs: none may throw. */
class InstructionRulesRobustnessTest {
  private static final List<String> ODD = List.of(
      "", "FROM", "FROM --platform=/ x", "FROM --platform= x AS", "FROM ${", "FROM a AS b\nCOPY --from= a b",
      "ARG\nFROM $\nEXPOSE / :/ ::: 99999999999999999999 -/x 1-2-3 [::1]:80:80",
      "FROM scratch\nCOPY --from=99999999999999 / /\nCOPY\nADD\nWORKDIR\nUSER\nUSER :\nLABEL =\nLABEL \"\"=\"\"",
      "FROM a\nENV A=1 B=$A C=${A:-$B} D=${E:?x}\nENV\nONBUILD\nONBUILD ENV X=1 Y=$X\nCMD\nENTRYPOINT []",
      "FROM a\nCMD \"unterminated\nHEALTHCHECK\nHEALTHCHECK NONE\nSHELL []\nCMD x",
      "# dockwright label-schema=a:url,b:semver,c:spdx,d:email,e:hash,f:rfc3339,:,x\nFROM a\n"
          + "LABEL a=:: b=1.0 c=\"(MIT\" d=@ e=Z f=2024-13-45T99:99:99Z g=\"\"",
      "FROM a AS A\nFROM A AS a\nCOPY --from=A / /\nRUN --mount=from=A,from=B x\nRUN --mount=,,= y");

  static Stream<String> inputs() throws IOException {
    List<String> all = new ArrayList<>(ODD);
    try (Stream<Path> files = Files.walk(Path.of("testdata"))) {
      for (Path p : files.filter(f -> f.getFileName().toString().equals("Dockerfile")).toList()) {
        all.add(Files.readString(p));
      }
    }
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void neverThrows(String text) {
    RuleRegistry registry = RuleRegistry.standard();
    List<String> ids = InstructionRules.create().stream().map(r -> RuleDescriptor.of(r).id()).toList();
    Settings settings = new Settings(List.of("docker.io"), Map.of("a", "url"), true,
        dev.dockwright.semantic.CgroupEra.Setting.AUTO, Map.of(),
        Optional.of(DockerIgnore.parse(".dockerignore", "*\n!src\n**/x\n[a-")));
    Linter linter = new Linter(registry, RuleSelection.builder(registry).select(ids).build(), settings, true, t -> {
      throw new AssertionError("a rule threw", t);
    });
    List<Finding> findings = linter.lintText("Dockerfile", text).findings();
    assertThat(findings).noneMatch(f -> f.message().startsWith("internal error"));
  }
}
