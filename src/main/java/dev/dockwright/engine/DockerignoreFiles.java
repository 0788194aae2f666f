package dev.dockwright.engine;

import dev.dockwright.semantic.DockerIgnore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the ignore file BuildKit would apply to a Dockerfile's build context when the context is the
 * Dockerfile's directory (the usual {@code docker build -f dir/Dockerfile dir}): {@code <name>.dockerignore}
 * beside the Dockerfile wins over {@code .dockerignore}, as in BuildKit. The engine reads it so that rules
 * never touch the file system.
 */
public final class DockerignoreFiles {
  private DockerignoreFiles() {}

  /** The ignore patterns for the Dockerfile at {@code dockerfilePath}; empty for standard input or no file. */
  public static Optional<DockerIgnore> besideDockerfile(String dockerfilePath) {
    if (dockerfilePath == null || dockerfilePath.isEmpty() || dockerfilePath.equals("-")) {
      return Optional.empty();
    }
    Path dockerfile = Path.of(dockerfilePath).toAbsolutePath();
    Path dir = dockerfile.getParent();
    if (dir == null) {
      return Optional.empty();
    }
    return read(dir.resolve(dockerfile.getFileName() + ".dockerignore"))
        .or(() -> read(dir.resolve(".dockerignore")));
  }

  /** The ignore patterns at the root of an explicit build context directory. */
  public static Optional<DockerIgnore> atContextRoot(Path contextDir) {
    return read(contextDir.resolve(".dockerignore"));
  }

  private static Optional<DockerIgnore> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return Optional.of(DockerIgnore.parse(file.getFileName().toString(), text));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
