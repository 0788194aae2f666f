package dev.dockwright.bench;

import dev.dockwright.engine.Linter;
import dev.dockwright.engine.RuleRegistry;
import dev.dockwright.engine.RuleSelection;
import dev.dockwright.parser.DockerfileReader;
import dev.dockwright.parser.ParseResult;
import dev.dockwright.rule.Settings;
import dev.dockwright.semantic.DockerfileModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
 * scopes, contexts and the shell model of every command), (c) building the model of already parsed files,
 * (d) linting: parse, model and every default rule but ShellCheck (DW4033, an external process per file;
 * {@code --ignore DW4033} on the command line). One operation handles the whole corpus; the
 * {@code bytes} and {@code files} counters give MB/s and files/s. Run with {@code bench/run-jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseBenchmark {
  private List<Path> paths;
  private List<byte[]> files;
  private List<ParseResult> parsed;
  private Linter linter;
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
      paths = walk.filter(Files::isRegularFile).filter(ParseBenchmark::isDockerfile).sorted().toList();
    }
    files = paths.stream().map(ParseBenchmark::read).toList();
    parsed = files.stream().map(DockerfileReader::parse).toList();
    RuleRegistry registry = RuleRegistry.standard();
    linter = new Linter(registry, RuleSelection.builder(registry).ignore(List.of("DW4033")).build(),
        Settings.defaults(), true, t -> { }).withDockerignoreLocator(p -> Optional.empty());
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

  @Benchmark
  public void model(Processed processed, Blackhole bh) {
    for (ParseResult result : parsed) {
      bh.consume(DockerfileModel.of(result.ast()));
    }
    processed.bytes += corpusBytes;
    processed.files += files.size();
  }

  @Benchmark
  public void lint(Processed processed, Blackhole bh) {
    for (int i = 0; i < files.size(); i++) {
      bh.consume(linter.lint(paths.get(i).toString(), files.get(i)));
    }
    processed.bytes += corpusBytes;
    processed.files += files.size();
  }
}
