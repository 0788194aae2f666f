package dev.dockwright.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The minimized crashers in {@code testdata/fuzz-regressions/} (every file but its README). */
public final class FuzzRegressions {
  private FuzzRegressions() {}

  /**
   * Every Dockerfile fixture of {@code testdata/} (the seed corpus {@code bench/fuzz.sh} starts from), but the
   * regressions, which {@link #files()} gives and the targets replay on their own.
   */
  public static Stream<Path> fixtures() throws IOException {
    Path regressions = Path.of("testdata/fuzz-regressions");
    try (Stream<Path> s = Files.walk(Path.of("testdata"))) {
      return s.filter(Files::isRegularFile).filter(p -> !p.startsWith(regressions)).filter(p -> {
        String n = p.getFileName().toString();
        return n.startsWith("Dockerfile") || n.endsWith(".Dockerfile");
      }).sorted().toList().stream();
    }
  }

  public static Stream<Path> files() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("testdata/fuzz-regressions"))) {
      files = s.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IllegalStateException("no fuzz regressions in testdata/fuzz-regressions");
    }
    return files.stream();
  }
}
