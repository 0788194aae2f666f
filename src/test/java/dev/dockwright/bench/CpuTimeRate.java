package dev.dockwright.bench;

import dev.dockwright.parser.DockerfileReader;
import dev.dockwright.parser.ParseResult;
import dev.dockwright.semantic.DockerfileModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The same work as {@link ParseBenchmark}, measured per CPU-second of the working thread instead of per
 * wall-clock second: on a shared, overloaded machine JMH's wall-clock rates mostly measure how long the
 * thread waited for a core. Usage: {@code CpuTimeRate DIR} (10 CPU-s warm-up, then 5 rounds of 2 CPU-s).
 */
public final class CpuTimeRate {
  private static final long WARMUP_NANOS = 10_000_000_000L;
  private static final long ROUND_NANOS = 2_000_000_000L;
  private static final int ROUNDS = 5;

  private CpuTimeRate() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "testdata");
    List<byte[]> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).filter(ParseBenchmark::isDockerfile).sorted()
          .map(CpuTimeRate::read).toList();
    }
    long bytes = files.stream().mapToLong(f -> f.length).sum();
    System.out.printf("corpus: %d files, %d bytes under %s%n", files.size(), bytes, dir);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (boolean model : new boolean[] {false, true}) {
      for (int round = 0; round <= ROUNDS; round++) {
        long start = threads.getCurrentThreadCpuTime();
        long passes = 0;
        while (threads.getCurrentThreadCpuTime() - start < (round == 0 ? WARMUP_NANOS : ROUND_NANOS)) {
          for (byte[] file : files) {
            ParseResult result = DockerfileReader.parse(file);
            sink += model ? DockerfileModel.of(result.ast()).stages().size() : result.ast().instructions().size();
          }
          passes++;
        }
        double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        if (round > 0) {
          System.out.printf("%s round %d: %.2f MB/cpu-s, %.0f files/cpu-s%n", model ? "parseAndModel" : "parse",
              round, passes * bytes / seconds / 1e6, passes * files.size() / seconds);
        }
      }
    }
    System.out.println("(checksum " + sink + ")");
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
