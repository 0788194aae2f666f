package dev.dockwright.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** A throwaway repository for config tests: a directory with a {@code .git} marker and the files a test writes. */
final class Repo {
  final Path root;

  private Repo(Path root) {
    this.root = root;
  }

  static Repo in(Path tempDir) {
    Repo repo = new Repo(tempDir.resolve("repo"));
    repo.dir(".git");
    return repo;
  }

  Repo file(String relative, String text) {
    try {
      Path p = root.resolve(relative);
      Files.createDirectories(p.getParent());
      Files.writeString(p, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  Repo dir(String relative) {
    try {
      Files.createDirectories(root.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  Path path(String relative) {
    return root.resolve(relative);
  }

  /** Loads as a run in {@code workingDir} would, with no options and the given environment. */
  DockwrightConfig load(String workingDir, Map<String, String> env) {
    return ConfigLoader.load(path(workingDir), Optional.empty(), false, env);
  }

  DockwrightConfig load() {
    return load(".", Map.of());
  }
}
