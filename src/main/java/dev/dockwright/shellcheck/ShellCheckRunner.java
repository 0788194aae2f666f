package dev.dockwright.shellcheck;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs {@code shellcheck -f json1} once over a batch of scripts written to a temporary directory, bounded
 * by a timeout after which the process is killed. Never throws: a missing binary, a timeout or output it
 * cannot read give an empty result with the reason, so a lint is never stalled or failed by ShellCheck.
 */
public final class ShellCheckRunner {
  private static final JsonFactory JSON = new JsonFactory();
  private static volatile CachedLookup lookup;

  private ShellCheckRunner() {}

  /** One replacement of a ShellCheck fix (positions as in {@link Comment}). */
  public record Replacement(int line, int column, int endLine, int endColumn, String text) {}

  /** One ShellCheck finding: which script, where (1-based, end exclusive), level, code and message. */
  public record Comment(int script, int line, int column, int endLine, int endColumn, String level, int code,
      String message, List<Replacement> fix) {}

  /** What a run produced; {@code skipped} says why nothing was checked. */
  public record Result(List<Comment> comments, Optional<String> skipped) {
    static Result skipped(String why) {
      return new Result(List.of(), Optional.of(why));
    }
  }

  private record CachedLookup(String path, Optional<Path> binary) {}

  /** The {@code shellcheck} executable on {@code PATH}, looked up once per distinct {@code PATH}. */
  public static Optional<Path> onPath() {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    CachedLookup cached = lookup;
    if (cached != null && cached.path().equals(path)) {
      return cached.binary();
    }
    Optional<Path> found = Optional.empty();
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      for (String name : windows ? List.of("shellcheck.exe", "shellcheck") : List.of("shellcheck")) {
        Path candidate = Path.of(dir, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          found = Optional.of(candidate);
          break;
        }
      }
      if (found.isPresent()) {
        break;
      }
    }
    lookup = new CachedLookup(path, found);
    return found;
  }

  /**
   * Checks the scripts (their full text, header included) in one process.
   *
   * @param exclude codes to leave out, numbers only ({@code 2086})
   */
  public static Result run(Path binary, List<String> scripts, List<Integer> exclude, Duration timeout) {
    if (scripts.isEmpty()) {
      return new Result(List.of(), Optional.empty());
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("dockwright-shellcheck");
      List<String> command = new ArrayList<>(List.of(binary.toString(), "--format=json1", "--norc"));
      if (!exclude.isEmpty()) {
        command.add("--exclude=" + String.join(",", exclude.stream().map(String::valueOf).toList()));
      }
      command.add("--");
      for (int i = 0; i < scripts.size(); i++) {
        Path file = dir.resolve(i + ".sh");
        Files.writeString(file, scripts.get(i), StandardCharsets.UTF_8);
        command.add(file.getFileName().toString());
      }
      Path out = dir.resolve("out.json");
      Process p = new ProcessBuilder(command).directory(dir.toFile())
          .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        p.waitFor(2, TimeUnit.SECONDS);
        return Result.skipped("shellcheck did not finish within " + timeout.toSeconds() + " s");
      }
      return parse(Files.readString(out, StandardCharsets.UTF_8), scripts.size());
    } catch (IOException e) {
      return Result.skipped("shellcheck could not run: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Result.skipped("interrupted");
    } finally {
      deleteQuietly(dir);
    }
  }

  /**
   * Reads {@code -f json1} output with jackson-core's streaming parser: a tree model would pull in databind,
   * whose set-up alone costs more start-up time than a whole small lint.
   */
  static Result parse(String json, int scripts) throws IOException {
    if (json.isBlank()) {
      return Result.skipped("shellcheck printed nothing");
    }
    List<Comment> out = new ArrayList<>();
    try (JsonParser p = JSON.createParser(json)) {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("comments") && value == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            readComment(p, scripts).ifPresent(out::add);
          }
        } else {
          p.skipChildren();
        }
      }
    }
    return new Result(List.copyOf(out), Optional.empty());
  }

  private static Optional<Comment> readComment(JsonParser p, int scripts) throws IOException {
    String file = "";
    String level = "";
    String message = "";
    int line = 0;
    int column = 0;
    int endLine = 0;
    int endColumn = 0;
    int code = 0;
    List<Replacement> fix = new ArrayList<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "file" -> file = p.getValueAsString("");
        case "level" -> level = p.getValueAsString("");
        case "message" -> message = p.getValueAsString("");
        case "line" -> line = p.getValueAsInt();
        case "column" -> column = p.getValueAsInt();
        case "endLine" -> endLine = p.getValueAsInt();
        case "endColumn" -> endColumn = p.getValueAsInt();
        case "code" -> code = p.getValueAsInt();
        case "fix" -> readReplacements(p, value, fix);
        default -> p.skipChildren();
      }
    }
    int script;
    try {
      script = Integer.parseInt(file.substring(file.lastIndexOf('/') + 1).replace(".sh", ""));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (script < 0 || script >= scripts) {
      return Optional.empty();
    }
    return Optional.of(new Comment(script, line, column, endLine, endColumn, level, code, message, List.copyOf(fix)));
  }

  /** {@code "fix": {"replacements": [{line, column, endLine, endColumn, replacement, ...}]}} or null. */
  private static void readReplacements(JsonParser p, JsonToken value, List<Replacement> into) throws IOException {
    if (value != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken v = p.nextToken();
      if (!field.equals("replacements") || v != JsonToken.START_ARRAY) {
        p.skipChildren();
        continue;
      }
      while (p.nextToken() == JsonToken.START_OBJECT) {
        int line = 0;
        int column = 0;
        int endLine = 0;
        int endColumn = 0;
        String text = "";
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String f = p.currentName();
          p.nextToken();
          switch (f) {
            case "line" -> line = p.getValueAsInt();
            case "column" -> column = p.getValueAsInt();
            case "endLine" -> endLine = p.getValueAsInt();
            case "endColumn" -> endColumn = p.getValueAsInt();
            case "replacement" -> text = p.getValueAsString("");
            default -> p.skipChildren();
          }
        }
        into.add(new Replacement(line, column, endLine, endColumn, text));
      }
    }
  }

  private static void expect(JsonToken actual, JsonToken wanted) throws IOException {
    if (actual != wanted) {
      throw new IOException("unexpected shellcheck output: " + actual + " where " + wanted + " was expected");
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary directory is harmless
    }
  }
}
