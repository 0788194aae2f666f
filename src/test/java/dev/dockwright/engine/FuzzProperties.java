package dev.dockwright.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomGenerator;

/**
 * The fuzz target ({@link FuzzTarget}: parser, model, every rule but ShellCheck, every fix) over
 * {@link FuzzInputs}. The property runs a short fixed-seed pass in every build; {@code bench/fuzz.sh}
 * runs the long mode ({@code -Ddockwright.fuzz.tries=N [-Ddockwright.fuzz.seed=S]}), which keeps going
 * after a failure, minimizes each crasher and writes it to {@code target/fuzz-crashers/}. Minimized crashers
 * live on as regression fixtures in {@code testdata/fuzz-regressions/}.
 */
class FuzzProperties {
  private static final FuzzTarget TARGET = new FuzzTarget();

  @Property(tries = 1_500, seed = "20261129")
  void pipelineNeverFails(@ForAll("inputs") byte[] input) {
    TARGET.check(input);
  }

  @Provide
  Arbitrary<byte[]> inputs() {
    return FuzzInputs.inputs();
  }

  @Example
  void minimizedCrashersStayFixed() throws IOException {
    Path dir = Path.of("testdata/fuzz-regressions");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path p : files) {
      try {
        TARGET.check(Files.readAllBytes(p));
      } catch (Throwable t) {
        throw new AssertionError(p + " fails again", t);
      }
    }
  }

  /** Long mode: a no-op unless {@code dockwright.fuzz.tries} is set. */
  @Example
  void longRun() throws IOException {
    String tries = System.getProperty("dockwright.fuzz.tries", "");
    if (tries.isBlank()) {
      return;
    }
    long n = Long.parseLong(tries.replace("_", ""));
    long seed = Long.parseLong(System.getProperty("dockwright.fuzz.seed", "1"));
    Path out = Path.of("target/fuzz-crashers");
    Files.createDirectories(out);
    RandomGenerator<byte[]> generator = FuzzInputs.inputs().generator(1000, true);
    Random random = new Random(seed);
    List<String> crashers = new ArrayList<>();
    Set<String> signatures = new HashSet<>();
    long repeats = 0;
    long start = System.nanoTime();
    long bytes = 0;
    for (long i = 0; i < n; i++) {
      byte[] input = generator.next(random).value();
      bytes += input.length;
      Throwable failure = failure(input);
      if (failure != null) {
        String signature = signature(failure);
        if (!signatures.add(signature)) {
          repeats++;
          continue;
        }
        byte[] minimal = minimize(input, signature);
        String name = "crasher-" + seed + "-" + i;
        Files.write(out.resolve(name + ".Dockerfile"), minimal);
        Files.writeString(out.resolve(name + ".txt"), signature + "\noriginal (hex): "
            + HexFormat.of().formatHex(input) + "\n");
        crashers.add(name + ": " + signature);
        System.out.println("[fuzz] crasher " + name + ": " + signature);
      }
      if ((i + 1) % 50_000 == 0) {
        System.out.printf("[fuzz] %,d inputs, %,d bytes, %.0f s, %d crashers%n", i + 1, bytes,
            (System.nanoTime() - start) / 1e9, crashers.size());
      }
    }
    String summary = String.format("[fuzz] done: seed %d, %,d inputs, %,d bytes, %.1f s wall, %d distinct crashers"
        + " (%d more inputs with a known signature)%n%s", seed, n, bytes, (System.nanoTime() - start) / 1e9,
        crashers.size(), repeats, String.join("\n", crashers));
    System.out.println(summary);
    Files.writeString(out.resolve("summary-" + seed + ".txt"), summary);
    assertThat(crashers).isEmpty();
  }

  private static Throwable failure(byte[] input) {
    try {
      TARGET.check(input);
      return null;
    } catch (Throwable t) {
      return t;
    }
  }

  /** The failure's class, message head and innermost project frame: what a minimized input must keep. */
  private static String signature(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String frame = Arrays.stream(root.getStackTrace()).filter(f -> f.getClassName().startsWith("dev.dockwright"))
        .findFirst().map(StackTraceElement::toString).orElse("?");
    String message = String.valueOf(root.getMessage());
    // Assertion messages name the fixes involved; quoted values and numbers vary between inputs of one bug.
    String head = root instanceof AssertionError
        ? message.replaceAll("`[^`]*`", "`…`").replaceAll("\\d+", "N") : "";
    return root.getClass().getName() + (head.isEmpty() ? "" : " " + head) + " at " + frame;
  }

  /** Delta debugging over bytes: drop chunks, halving their size, while the failure keeps its signature. */
  static byte[] minimize(byte[] input, String signature) {
    byte[] cur = input;
    for (int chunk = Math.max(1, cur.length / 2); chunk >= 1; chunk /= 2) {
      boolean progress = true;
      while (progress) {
        progress = false;
        for (int at = 0; at + chunk <= cur.length; ) {
          byte[] candidate = new byte[cur.length - chunk];
          System.arraycopy(cur, 0, candidate, 0, at);
          System.arraycopy(cur, at + chunk, candidate, at, cur.length - at - chunk);
          Throwable t = failure(candidate);
          if (t != null && signature(t).equals(signature)) {
            cur = candidate;
            progress = true;
          } else {
            at += chunk;
          }
        }
      }
    }
    return cur;
  }
}
