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
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs {@code shellcheck -f json1} once over a batch of scripts written to a temporary directory, bounded
 * by a timeout after which the process is killed. Never throws: a missing binary, a timeout or output it
 * cannot read give an empty result with the reason, so a lint is never stalled or failed by ShellCheck.
 * What ShellCheck says of a script is cached (by binary and its modification time, exclusions and script
 * text), so a directory scan can check every file's scripts in a few processes ({@link #prefetch}) and an
 * editor re-linting on each keystroke re-checks only the scripts that changed.
 */
public final class ShellCheckRunner {
  private static final JsonFactory JSON = new JsonFactory();
  private static volatile CachedLookup lookup;

  private ShellCheckRunner() {}

  /** One replacement of a ShellCheck fix (positions as in {@link Comment}). */
  public record Replacement(int line, int column, int endLine, int endColumn, String text) {}

  /** One ShellCheck finding: which script, where (1-based, end exclusive), level, code and message. */
  public record Comment(int script, int line, int column, int endLine, int endColumn, String level, int code,
      String message, List<Replacement> fix) {
    Comment inScript(int index) {
      return new Comment(index, line, column, endLine, endColumn, level, code, message, fix);
    }
  }

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
   * Checks the scripts (their full text, header included): the ones checked before with the same binary and
   * exclusions come from the cache ({@link #prefetch}), the rest go to one process.
   *
   * @param exclude codes to leave out, numbers only ({@code 2086})
   */
  public static Result run(Path binary, List<String> scripts, List<Integer> exclude, Duration timeout) {
    String stamp = stamp(binary);
    List<Integer> excluded = List.copyOf(exclude);
    List<Comment> comments = new ArrayList<>();
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < scripts.size(); i++) {
      List<Comment> cached = CACHE.get(new CacheKey(stamp, excluded, scripts.get(i)));
      if (cached == null) {
        missing.add(i);
      } else {
        for (Comment c : cached) {
          comments.add(c.inScript(i));
        }
      }
    }
    if (missing.isEmpty()) {
      return new Result(List.copyOf(comments), Optional.empty());
    }
    List<String> batch = missing.stream().map(scripts::get).toList();
    Result fresh = runProcess(binary, batch, exclude, timeout);
    if (fresh.skipped().isPresent()) {
      return comments.isEmpty() ? fresh : new Result(List.copyOf(comments), fresh.skipped());
    }
    remember(stamp, batch, exclude, fresh);
    for (Comment c : fresh.comments()) {
      comments.add(c.inScript(missing.get(c.script())));
    }
    return new Result(List.copyOf(comments), Optional.empty());
  }

  /**
   * Checks many scripts ahead of the {@link #run} calls that will ask for them, in processes of up to
   * {@value #BATCH} scripts, {@code parallel} at a time: one ShellCheck process per file costs more than
   * ShellCheck's work on a typical file. Scripts already cached are skipped; a batch that fails or times out
   * is left to {@link #run}, which checks its scripts again per file.
   */
  public static void prefetch(Path binary, List<String> scripts, List<Integer> exclude, Duration timeout,
      int parallel) {
    String stamp = stamp(binary);
    List<Integer> excluded = List.copyOf(exclude);
    List<String> todo = scripts.stream().distinct()
        .filter(s -> CACHE.get(new CacheKey(stamp, excluded, s)) == null).toList();
    List<List<String>> batches = new ArrayList<>();
    int per = Math.max(1, Math.min(BATCH, (todo.size() + parallel - 1) / Math.max(1, parallel)));
    for (int i = 0; i < todo.size(); i += per) {
      batches.add(todo.subList(i, Math.min(todo.size(), i + per)));
    }
    if (batches.isEmpty()) {
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(
        Math.max(1, Math.min(parallel, batches.size())), r -> {
          Thread t = new Thread(r, "dockwright-shellcheck");
          t.setDaemon(true);
          return t;
        });
    try {
      List<Future<?>> running = new ArrayList<>();
      for (List<String> b : batches) {
        running.add(pool.submit(() -> {
          Result r = runProcess(binary, b, exclude, timeout);
          if (r.skipped().isEmpty()) {
            remember(stamp, b, exclude, r);
          }
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } catch (ExecutionException e) {
      // a batch that failed is checked again file by file
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      pool.shutdownNow();
    }
  }

  /** Scripts per ShellCheck process when prefetching. */
  static final int BATCH = 64;

  private static void remember(String stamp, List<String> scripts, List<Integer> exclude, Result result) {
    List<List<Comment>> per = new ArrayList<>();
    for (int i = 0; i < scripts.size(); i++) {
      per.add(new ArrayList<>());
    }
    for (Comment c : result.comments()) {
      per.get(c.script()).add(c.inScript(0));
    }
    List<Integer> excluded = List.copyOf(exclude);
    for (int i = 0; i < scripts.size(); i++) {
      CACHE.put(new CacheKey(stamp, excluded, scripts.get(i)), List.copyOf(per.get(i)));
    }
  }

  /** One script's check: the binary, the exclusions and the script text decide ShellCheck's output. */
  private record CacheKey(String binary, List<Integer> exclude, String script) {}

  /** The binary and when it last changed: an upgraded ShellCheck may say other things. */
  private static String stamp(Path binary) {
    try {
      return binary + "@" + Files.getLastModifiedTime(binary).toMillis();
    } catch (IOException e) {
      return binary.toString();
    }
  }

  /**
   * What ShellCheck said of scripts it checked, least recently used dropped first. Bounded so a scan of a
   * huge repository or a long editor session stays small; shared by all threads.
   */
  private static final Map<CacheKey, List<Comment>> CACHE = Collections.synchronizedMap(
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CacheKey, List<Comment>> eldest) {
          return size() > CACHE_SIZE;
        }
      });

  private static final int CACHE_SIZE = 4_096;

  /** Forgets every cached result (tests; a long-lived process after {@code shellcheck} was upgraded). */
  public static void clearCache() {
    CACHE.clear();
  }

  /** Checks the scripts in one process, bounded by {@code timeout}. */
  private static Result runProcess(Path binary, List<String> scripts, List<Integer> exclude, Duration timeout) {
    if (scripts.isEmpty()) {
      return new Result(List.of(), Optional.empty());
    }
    Path dir = null;
    Process p = null;
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
      p = new ProcessBuilder(command).directory(dir.toFile())
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
      p.destroyForcibly();
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
