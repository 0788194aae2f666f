package dev.dockwright.semantic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The files {@code COPY} and {@code ADD} take from the build context, as far as dockwright may read them: the
 * engine hands the model the context (by default the Dockerfile's directory, as {@code docker build -f
 * dir/Dockerfile dir}); the model reads a file only when a fact needs it (an entrypoint script that starts
 * systemd, {@code shared/spec/systemd-boot.md} §6.1). Rules never touch the file system themselves.
 */
public interface BuildContext {
  /** No build context (standard input, an editor buffer with no directory, tests). */
  BuildContext NONE = new BuildContext() {
    @Override
    public Optional<String> read(String path) {
      return Optional.empty();
    }

    @Override
    public boolean present() {
      return false;
    }
  };

  /** Files larger than this are not read: an entrypoint script is a few kilobytes. */
  int MAX_BYTES = 1 << 20;

  /**
   * The text of the file at {@code path} (relative to the context root, as a COPY source is; {@code ..} cannot
   * leave the root), when it is a regular file of at most {@link #MAX_BYTES} that the context holds.
   */
  Optional<String> read(String path);

  /** False for {@link #NONE}: messages then say the context was not available rather than the file missing. */
  boolean present();

  /** The context rooted at a directory. */
  static BuildContext directory(Path root) {
    Path base = root.toAbsolutePath().normalize();
    return new BuildContext() {
      @Override
      public Optional<String> read(String path) {
        String clean = DockerIgnore.cleanPath(path);
        if (clean.isEmpty() || clean.equals("/")) {
          return Optional.empty();
        }
        Path file = base.resolve(clean.startsWith("/") ? clean.substring(1) : clean).normalize();
        if (!file.startsWith(base) || !Files.isRegularFile(file)) {
          return Optional.empty();
        }
        try {
          if (Files.size(file) > MAX_BYTES) {
            return Optional.empty();
          }
          return Optional.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
          return Optional.empty();
        }
      }

      @Override
      public boolean present() {
        return true;
      }
    };
  }

  /** The Dockerfile's own directory as the context; {@link #NONE} for standard input or no file. */
  static BuildContext besideDockerfile(String dockerfilePath) {
    if (dockerfilePath == null || dockerfilePath.isEmpty() || dockerfilePath.equals("-")) {
      return NONE;
    }
    try {
      Path dir = Path.of(dockerfilePath).toAbsolutePath().getParent();
      return dir == null || !Files.isDirectory(dir) ? NONE : directory(dir);
    } catch (RuntimeException e) {
      return NONE; // not a path of this file system (an editor's untitled buffer)
    }
  }
}
