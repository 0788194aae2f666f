package dev.dockwright.config;

import dev.dockwright.config.DockwrightConfig.Format;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and reads the config of a run.
 *
 * <p>Which file: {@code --config FILE}; else {@code $DOCKWRIGHT_CONFIG}; else the nearest
 * {@code .dockwright.yaml} or {@code .dockwright.yml}, looking in the working directory and then each
 * parent up to and including the repository root (the first directory holding a {@code .git} file or
 * directory; the file-system root outside a repository); else the nearest {@code .hadolint.yaml} or
 * {@code .hadolint.yml} searched the same way. A dockwright config anywhere up to the root beats a
 * hadolint config closer by. {@code --no-config} reads no file.
 *
 * <p>Which format: a file whose name contains {@code hadolint} is a hadolint config, one whose name
 * contains {@code dockwright} ours; any other {@code --config} file is a hadolint config when it has a
 * key only hadolint has and none only dockwright has.
 *
 * <p>Then the {@code DOCKWRIGHT_*} variables replace file values (see {@link EnvironmentOverrides});
 * they apply with {@code --no-config} too, since they are not a file.
 */
public final class ConfigLoader {
  static final List<String> DOCKWRIGHT_FILES = List.of(".dockwright.yaml", ".dockwright.yml");
  static final List<String> HADOLINT_FILES = List.of(".hadolint.yaml", ".hadolint.yml");

  private ConfigLoader() {}

  /**
   * The config for a run in {@code workingDir}.
   *
   * @param explicitConfig {@code --config FILE}, relative to {@code workingDir} when relative
   * @param noConfig {@code --no-config}
   * @param env the process environment (only {@code DOCKWRIGHT_*} variables are read)
   * @throws ConfigException when the file cannot be read or holds a mistake, or a variable is invalid
   */
  public static DockwrightConfig load(Path workingDir, Optional<Path> explicitConfig, boolean noConfig,
      Map<String, String> env) {
    if (noConfig && explicitConfig.isPresent()) {
      throw new ConfigException("--no-config", "contradicts --config " + explicitConfig.get(), "drop one of the two");
    }
    Path cwd = workingDir.toAbsolutePath().normalize();
    DockwrightConfig fromFile;
    Optional<String> fromEnv = EnvironmentOverrides.value(env, EnvironmentOverrides.CONFIG);
    if (noConfig) {
      fromFile = DockwrightConfig.empty();
    } else if (explicitConfig.isPresent()) {
      fromFile = readGiven(cwd, explicitConfig.get(), "--config");
    } else if (fromEnv.isPresent()) {
      fromFile = readGiven(cwd, givenPath(fromEnv.get()), EnvironmentOverrides.CONFIG);
    } else {
      fromFile = discover(cwd)
          .map(found -> read(found, cwd.relativize(found).toString(), Optional.of(formatByName(found).orElseThrow())))
          .orElseGet(DockwrightConfig::empty);
    }
    return EnvironmentOverrides.apply(fromFile, env);
  }

  /**
   * The config file a run in {@code workingDir} would read when none is given, as an absolute path.
   *
   * @throws ConfigException when one directory holds both the {@code .yaml} and the {@code .yml} spelling
   */
  public static Optional<Path> discover(Path workingDir) {
    Path cwd = workingDir.toAbsolutePath().normalize();
    List<Path> dirs = searchedDirectories(cwd);
    for (List<String> names : List.of(DOCKWRIGHT_FILES, HADOLINT_FILES)) {
      for (Path dir : dirs) {
        Optional<Path> found = configIn(dir, names, cwd);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static List<Path> searchedDirectories(Path cwd) {
    List<Path> dirs = new ArrayList<>();
    for (Path dir = cwd; dir != null; dir = dir.getParent()) {
      dirs.add(dir);
      if (Files.exists(dir.resolve(".git"))) {
        break;
      }
    }
    return dirs;
  }

  private static Optional<Path> configIn(Path dir, List<String> names, Path cwd) {
    List<Path> present = names.stream().map(dir::resolve).filter(Files::isRegularFile).toList();
    if (present.size() > 1) {
      throw new ConfigException(cwd.relativize(present.get(1)).toString(),
          "both " + names.get(0) + " and " + names.get(1) + " exist in this directory", "delete one of them");
    }
    return present.stream().findFirst();
  }

  private static Path givenPath(String text) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new ConfigException(EnvironmentOverrides.CONFIG, "'" + text + "' is not a valid path",
          "set it to the path of a config file");
    }
  }

  private static DockwrightConfig readGiven(Path cwd, Path given, String givenBy) {
    Path file = cwd.resolve(given).normalize();
    String display = given.toString();
    if (Files.isDirectory(file)) {
      throw new ConfigException(display, "is a directory", "give " + givenBy + " the path of a YAML config file");
    }
    if (!Files.exists(file)) {
      throw new ConfigException(display, "no such file", "check the path given by " + givenBy);
    }
    return read(file, display, formatByName(file));
  }

  /** Reads and parses one file; {@code format} empty: decide by its keys. */
  static DockwrightConfig read(Path file, String display, Optional<Format> format) {
    String text;
    try {
      // UTF-8 takes at most 4 bytes a character: a larger file cannot be under the limit, so is not read.
      long size = Files.size(file);
      if (size > 4L * YamlIndex.MAX_CHARACTERS) {
        throw YamlIndex.tooLarge(display, size + " bytes");
      }
      text = decodeUtf8(Files.readAllBytes(file), display);
    } catch (NoSuchFileException e) {
      throw new ConfigException(display, "no such file", "check the path");
    } catch (AccessDeniedException e) {
      throw new ConfigException(display, "cannot be read: permission denied", "make it readable");
    } catch (IOException e) {
      throw new ConfigException(display, "cannot be read: " + e.getMessage(), "check the file");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return ConfigParser.parse(text, file, display, format);
  }

  /** The text, or an error at the line and column of the first byte that is not UTF-8. */
  static String decodeUtf8(byte[] bytes, String display) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isUnderflow()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      String before = out.flip().toString();
      throw ConfigException.at(display, markAtEnd(before),
          String.format("byte 0x%02X is not UTF-8 text", bytes[in.position()] & 0xff), "save the file as UTF-8");
    }
    String text = out.flip().toString();
    // NUL is valid UTF-8 but never text: UTF-16 (a Windows editor's "Unicode") puts one in every ASCII character.
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw ConfigException.at(display, markAtEnd(text.substring(0, nul)),
          "a NUL byte is not text (is the file UTF-16?)", "save the file as UTF-8");
    }
    return text;
  }

  /** The position just after {@code before}. */
  private static YamlIndex.Mark markAtEnd(String before) {
    int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
    String lastLine = before.substring(before.lastIndexOf('\n') + 1);
    return new YamlIndex.Mark(line, lastLine.codePointCount(0, lastLine.length()) + 1);
  }

  private static Optional<Format> formatByName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.contains("hadolint")) {
      return Optional.of(Format.HADOLINT);
    }
    return name.contains("dockwright") ? Optional.of(Format.DOCKWRIGHT) : Optional.empty();
  }
}
