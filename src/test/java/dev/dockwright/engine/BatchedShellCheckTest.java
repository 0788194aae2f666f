package dev.dockwright.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dockwright.semantic.BaseResolver;
import dev.dockwright.shellcheck.ShellCheckRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checking every file's scripts in a few ShellCheck processes first changes no finding. */
class BatchedShellCheckTest {
  private static List<Linter.Source> corpus() throws IOException {
    List<Linter.Source> out = new ArrayList<>();
    // the systemd fixtures: real-world shapes (testdata/hostile would only measure ShellCheck's time limit)
    try (Stream<Path> files = Files.walk(Path.of("testdata/systemd"))) {
      for (Path f : files.filter(p -> p.getFileName().toString().contains("Dockerfile")).sorted().toList()) {
        byte[] bytes = Files.readAllBytes(f);
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).contains("RUN")) {
          out.add(new Linter.Source(f.toString(), bytes, BaseResolver.NONE));
        }
      }
    }
    return out;
  }

  private static List<String> lintAll(Linter linter, List<Linter.Source> files, Linter.Prepared prepared) {
    List<String> out = new ArrayList<>();
    for (Linter.Source s : files) {
      for (Finding f : linter.lint(s.path(), s.bytes(), s.bases(), prepared).findings()) {
        out.add(s.path() + ":" + f.range() + ": " + f.rule().id() + " " + f.message() + " fix=" + f.fix());
      }
    }
    return out;
  }

  @Test
  void preparedAndUnpreparedLintsAgree() throws IOException {
    assumeTrue(ShellCheckRunner.onPath().isPresent(), "needs shellcheck on PATH");
    List<Linter.Source> files = corpus();
    Linter linter = Linter.defaults();

    ShellCheckRunner.clearCache();
    List<String> oneByOne = lintAll(linter, files, Linter.Prepared.NONE);
    ShellCheckRunner.clearCache();
    Linter.Prepared prepared = linter.prepare(files, 2, Duration.ofSeconds(120));
    List<String> batched = lintAll(linter, files, prepared); // each file's parse and model from the preparation

    assertThat(files).hasSizeGreaterThan(20);
    assertThat(oneByOne).filteredOn(s -> s.contains(" DW4033 SC")).hasSizeGreaterThan(10);
    assertThat(batched).isEqualTo(oneByOne);
  }

  @Test
  void filesOverTheLimitWhilePreparingAreNamedSoTheyAreNotLintedTwice() {
    // the build-context lookup of "slow" sleeps: a stand-in for a file that takes too long to model
    Linter linter = Linter.defaults().withDockerignoreLocator(path -> {
      if (path.equals("slow")) {
        try {
          Thread.sleep(30_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return java.util.Optional.empty();
    });
    byte[] bytes = "FROM alpine:3.20\nRUN echo hi\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    java.util.Set<String> tooSlow = linter.prepare(List.of(new Linter.Source("quick", bytes, BaseResolver.NONE),
        new Linter.Source("slow", bytes, BaseResolver.NONE)), 2, Duration.ofMillis(300)).tooSlow();

    assertThat(tooSlow).containsExactly("slow");
  }

  @Test
  void aPreparedFileIsLintedFromItsPreparationOnceAndOnlyForTheSameBytes() {
    java.util.concurrent.atomic.AtomicInteger modelled = new java.util.concurrent.atomic.AtomicInteger();
    // the build-context lookup runs once per parse and model: it counts them
    Linter linter = Linter.defaults().withDockerignoreLocator(path -> {
      modelled.incrementAndGet();
      return java.util.Optional.empty();
    });
    byte[] bytes = "FROM alpine\nRUN echo hi\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Linter.Source a = new Linter.Source("a", bytes, BaseResolver.NONE);
    Linter.Source b = new Linter.Source("b", bytes.clone(), BaseResolver.NONE);

    Linter.Prepared prepared = linter.prepare(List.of(a, b), 2, Duration.ofSeconds(60));
    assertThat(modelled).hasValue(2);
    FileResult first = linter.lint("a", a.bytes(), BaseResolver.NONE, prepared);
    assertThat(modelled).as("reused").hasValue(2);
    linter.lint("a", a.bytes(), BaseResolver.NONE, prepared);
    assertThat(modelled).as("handed out once").hasValue(3);
    linter.lint("b", bytes, BaseResolver.NONE, prepared);
    assertThat(modelled).as("other bytes than prepared").hasValue(4);

    assertThat(first.findings()).extracting(Finding::message)
        .isEqualTo(linter.lint("a", bytes).findings().stream().map(Finding::message).toList());
  }
}
