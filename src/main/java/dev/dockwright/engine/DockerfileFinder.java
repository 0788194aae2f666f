package dev.dockwright.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds the Dockerfiles under a directory: {@code Dockerfile}, {@code Dockerfile.*}, {@code *.Dockerfile},
 * {@code Containerfile} and {@code Containerfile.*}, skipping {@code .git/} and whatever {@code .gitignore}
 * files on the way ignore. Results are sorted, so runs are deterministic.
 */
public final class DockerfileFinder {
  private DockerfileFinder() {}

  public static boolean isDockerfileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.equals("dockerfile") || lower.startsWith("dockerfile.") || lower.endsWith(".dockerfile")
        || lower.equals("containerfile") || lower.startsWith("containerfile.");
  }

  public static List<Path> find(Path root) throws IOException {
    List<Path> out = new ArrayList<>();
    List<GitIgnore> inherited = parentIgnores(root);
    walk(root, inherited, out, 0);
    out.sort(null);
    return out;
  }

  /** The .gitignore files of the directories above {@code root}, up to the repository root (none outside a repository). */
  private static List<GitIgnore> parentIgnores(Path root) {
    Deque<GitIgnore> chain = new ArrayDeque<>();
    for (Path dir = root.toAbsolutePath().normalize().getParent(); dir != null; dir = dir.getParent()) {
      chain.addFirst(GitIgnore.load(dir));
      if (Files.exists(dir.resolve(".git"))) {
        return new ArrayList<>(chain);
      }
    }
    return new ArrayList<>();
  }

  private static void walk(Path dir, List<GitIgnore> ignores, List<Path> out, int depth) throws IOException {
    if (depth > 64) {
      return;
    }
    List<GitIgnore> here = new ArrayList<>(ignores);
    here.add(GitIgnore.load(dir.toAbsolutePath().normalize()));
    List<Path> children;
    try (Stream<Path> s = Files.list(dir)) {
      children = s.sorted().toList();
    }
    for (Path child : children) {
      String name = child.getFileName().toString();
      boolean isDir = Files.isDirectory(child);
      if (isDir && name.equals(".git")) {
        continue;
      }
      if (isIgnored(here, child.toAbsolutePath().normalize(), isDir)) {
        continue;
      }
      if (isDir) {
        if (!Files.isSymbolicLink(child)) {
          walk(child, here, out, depth + 1);
        }
      } else if (isDockerfileName(name) && Files.isRegularFile(child)) {
        out.add(child);
      }
    }
  }

  private static boolean isIgnored(List<GitIgnore> ignores, Path path, boolean isDir) {
    Boolean decided = null;
    for (GitIgnore g : ignores) {
      Boolean r;
      try {
        r = g.ignored(path, isDir);
      } catch (IllegalArgumentException e) {
        r = null;
      }
      if (r != null) {
        decided = r;
      }
    }
    return decided != null && decided;
  }
}
