package dev.dockwright.bench;

import dev.dockwright.parser.DockerfileReader;
import dev.dockwright.parser.ParseResult;
import dev.dockwright.semantic.DockerfileModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the front end on every Dockerfile under {@code testdata/} (or the directory in the system
 * property {@code dockwright.bench.dir}): (a) parsing, (b) parsing and building the semantic model (stages,
 * scopes, contexts and the shell model of every command). One operation handles the whole corpus; the
 * {@code bytes} and {@code files} counters give MB/s and files/s. Run with {@code bench/run-jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseBenchmark {
  private List<byte[]> files;
  private long corpusBytes;

  /** Per-iteration totals that JMH reports as rates: bytes/s and files/s. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Processed {
    public long bytes;
    public long files;

    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
      files = 0;
    }
  }

  @Setup
  public void loadCorpus() throws IOException {
    Path dir = Path.of(System.getProperty("dockwright.bench.dir", "testdata"));
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).filter(ParseBenchmark::isDockerfile).sorted()
          .map(ParseBenchmark::read).toList();
    }
    if (files.isEmpty()) {
      throw new IllegalStateException("no Dockerfiles under " + dir.toAbsolutePath());
    }
    corpusBytes = files.stream().mapToLong(f -> f.length).sum();
    System.out.printf("%ncorpus: %d files, %d bytes under %s%n", files.size(), corpusBytes, dir);
  }

  static boolean isDockerfile(Path p) {
    String name = p.getFileName().toString();
    return name.equals("Dockerfile") || name.startsWith("Dockerfile.") || name.endsWith(".Dockerfile")
        || name.equals("Containerfile") || name.startsWith("Containerfile.");
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  public void parse(Processed processed, Blackhole bh) {
    for (byte[] file : files) {
      bh.consume(DockerfileReader.parse(file));
    }
    processed.bytes += corpusBytes;
    processed.files += files.size();
  }

  @Benchmark
  public void parseAndModel(Processed processed, Blackhole bh) {
    for (byte[] file : files) {
      ParseResult result = DockerfileReader.parse(file);
      bh.consume(DockerfileModel.of(result.ast()));
    }
    processed.bytes += corpusBytes;
    processed.files += files.size();
  }
}
