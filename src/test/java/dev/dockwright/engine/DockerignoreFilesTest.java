package dev.dockwright.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.rule.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerignoreFilesTest {
  @TempDir
  Path dir;

  @Test
  void findsTheIgnoreFileBesideTheDockerfileAndPrefersTheNamedOne() throws Exception {
    Path dockerfile = dir.resolve("Dockerfile");
    Files.writeString(dockerfile, "FROM alpine\nCOPY secret.txt /\n");
    assertThat(DockerignoreFiles.besideDockerfile(dockerfile.toString())).isEmpty();
    Files.writeString(dir.resolve(".dockerignore"), "secret.txt\n");
    assertThat(DockerignoreFiles.besideDockerfile(dockerfile.toString()))
        .hasValueSatisfying(i -> assertThat(i.origin()).isEqualTo(".dockerignore"));
    Files.writeString(dir.resolve("Dockerfile.dockerignore"), "other\n");
    assertThat(DockerignoreFiles.besideDockerfile(dockerfile.toString()))
        .hasValueSatisfying(i -> assertThat(i.origin()).isEqualTo("Dockerfile.dockerignore"));
    assertThat(DockerignoreFiles.besideDockerfile("-")).isEmpty();
  }

  @Test
  void theLinterHandsThePatternsToRules() throws Exception {
    Path dockerfile = dir.resolve("Dockerfile");
    String text = "FROM alpine:3.20\nCOPY secret.txt /\n";
    Files.writeString(dockerfile, text);
    Files.writeString(dir.resolve(".dockerignore"), "secret.txt\n");
    RuleRegistry registry = RuleRegistry.standard();
    RuleSelection selection = RuleSelection.builder(registry).select(java.util.List.of("CopyIgnoredFile")).build();
    Linter linter = new Linter(registry, selection, Settings.defaults(), true, t -> { });
    assertThat(linter.lintText(dockerfile.toString(), text).findings())
        .singleElement().satisfies(f -> assertThat(f.message()).contains("`secret.txt` is excluded"));
    Linter without = linter.withDockerignoreLocator(p -> java.util.Optional.empty());
    assertThat(without.lintText(dockerfile.toString(), text).findings()).isEmpty();
  }
}
