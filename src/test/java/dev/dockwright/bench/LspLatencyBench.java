package dev.dockwright.bench;

import dev.dockwright.engine.Linter;
import dev.dockwright.lsp.DockwrightLanguageServer;
import dev.dockwright.lsp.LspSession;
import dev.dockwright.lsp.WorkspaceSettingsProvider;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * Latency from {@code textDocument/didChange} to the {@code publishDiagnostics} of that version, for a
 * 200-line Dockerfile, as a client sees it over JSON-RPC. A timing harness, not a test: run it with
 * {@code bench/lsp-latency.sh}. Each change waits for its diagnostics before the next (an edit, then a
 * pause), so the number is the debounce plus the lint plus the protocol round trip.
 *
 * <p>Arguments: {@code [inproc|process] [debounceMillis] [warmup] [measured]}. {@code inproc} joins client and
 * server with pipes in this JVM; {@code process} starts {@code dockwright lsp --debounce N} as a child
 * process from this JVM's class path, as an editor does.
 */
public final class LspLatencyBench {
  private LspLatencyBench() {}

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "inproc";
    long debounce = args.length > 1 ? Long.parseLong(args[1]) : 150;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    int measured = args.length > 3 ? Integer.parseInt(args[3]) : 300;
    String text = dockerfile200();

    long[][] lint = lintOnly(text, warmup, measured);
    System.out.println(summary("engine lintText only, wall clock", lint[0]));
    System.out.println(summary("engine lintText only, thread CPU time", lint[1]));

    Client client = new Client();
    Process process = null;
    LspSession session = null;
    InputStream fromServer;
    OutputStream toServer;
    if (mode.equals("process")) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      process = new ProcessBuilder(java, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
          "dev.dockwright.cli.Main", "lsp", "--debounce", Long.toString(debounce))
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      fromServer = process.getInputStream();
      toServer = process.getOutputStream();
    } else {
      Pipe up = Pipe.open();
      Pipe down = Pipe.open();
      session = LspSession.start(Channels.newInputStream(up.source()), Channels.newOutputStream(down.sink()),
          new PrintStream(new ByteArrayOutputStream()), WorkspaceSettingsProvider.defaults(),
          new DockwrightLanguageServer.Options(Duration.ofMillis(debounce), "bench"));
      fromServer = Channels.newInputStream(down.source());
      toServer = Channels.newOutputStream(up.sink());
    }
    Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, fromServer, toServer);
    launcher.startListening();
    LanguageServer server = launcher.getRemoteProxy();
    InitializeParams init = new InitializeParams();
    init.setCapabilities(new ClientCapabilities());
    server.initialize(init).get(60, TimeUnit.SECONDS);
    server.initialized(new InitializedParams());

    String uri = "file:///bench/Dockerfile";
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
        new TextDocumentItem(uri, "dockerfile", 1, text)));
    client.await(1);
    int findings = client.last.getDiagnostics().size();

    long[] samples = new long[measured];
    int version = 1;
    for (int i = 0; i < warmup + measured; i++) {
      version++;
      String changed = text.replace("ENV APP_BUILD=0", "ENV APP_BUILD=" + version);
      long start = System.nanoTime();
      server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
          new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(changed))));
      client.await(version);
      long elapsed = System.nanoTime() - start;
      if (i >= warmup) {
        samples[i - warmup] = elapsed;
      }
    }
    System.out.println(summary("didChange -> publishDiagnostics, " + mode + ", debounce " + debounce + " ms, "
        + text.lines().count() + " lines, " + findings + " diagnostics", samples));

    server.shutdown().get(30, TimeUnit.SECONDS);
    server.exit();
    if (process != null) {
      process.waitFor(30, TimeUnit.SECONDS);
      process.destroyForcibly();
    }
    if (session != null) {
      session.close();
    }
    System.exit(0);
  }

  /**
   * Wall-clock and CPU time of the lint alone. On a shared machine a busy loop is stretched by other
   * processes far more than the server's short bursts, so the CPU time is the figure to compare.
   */
  private static long[][] lintOnly(String text, int warmup, int measured) {
    Linter linter = Linter.defaults();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] wall = new long[measured];
    long[] cpu = new long[measured];
    for (int i = 0; i < warmup + measured; i++) {
      String changed = text.replace("ENV APP_BUILD=0", "ENV APP_BUILD=" + i);
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      linter.lintText("Dockerfile", changed);
      long elapsed = System.nanoTime() - start;
      long cpuElapsed = threads.getCurrentThreadCpuTime() - cpuStart;
      if (i >= warmup) {
        wall[i - warmup] = elapsed;
        cpu[i - warmup] = cpuElapsed;
      }
    }
    return new long[][] {wall, cpu};
  }

  /** A multi-stage Dockerfile of exactly 200 lines, with long RUN continuations and a few findings. */
  static String dockerfile200() {
    List<String> lines = new ArrayList<>();
    lines.add("# syntax=docker/dockerfile:1");
    lines.add("ARG BASE=debian:bookworm-slim");
    int stage = 0;
    while (lines.size() < 190) {
      stage++;
      lines.add("");
      lines.add("FROM ${BASE} AS stage" + stage);
      lines.add("LABEL org.opencontainers.image.title=\"stage " + stage + "\"");
      lines.add("ENV APP_HOME /opt/app" + stage);
      lines.add("WORKDIR /opt/app" + stage);
      lines.add("RUN apt-get update \\");
      for (int p = 0; p < 8; p++) {
        lines.add("    && apt-get install -y --no-install-recommends pkg" + stage + "-" + p + "=1.0." + p + " \\");
      }
      lines.add("    && rm -rf /var/lib/apt/lists/*");
      lines.add("COPY --chown=app:app src/ /opt/app" + stage + "/src/");
      lines.add("run useradd --system app" + stage);
      lines.add("USER app");
      lines.add("EXPOSE " + (8000 + stage));
    }
    lines.add("");
    lines.add("FROM stage1");
    lines.add("ENV APP_BUILD=0");
    lines.add("COPY --from=stage2 /opt/app2 /opt/app2");
    while (lines.size() < 199) {
      lines.add("RUN echo step " + lines.size() + " >> /opt/app2/steps.txt");
    }
    lines.add("CMD [\"/opt/app2/bin/start\", \"--port\", \"8002\"]");
    return String.join("\n", lines) + "\n";
  }

  static String summary(String what, long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    double mean = Arrays.stream(s).average().orElse(0) / 1e6;
    return String.format(Locale.ROOT, "%s: n=%d mean=%.2f ms p50=%.2f p90=%.2f p99=%.2f max=%.2f", what, s.length,
        mean, pct(s, 50), pct(s, 90), pct(s, 99), s[s.length - 1] / 1e6);
  }

  private static double pct(long[] sorted, int p) {
    int idx = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
    return sorted[Math.max(0, idx)] / 1e6;
  }

  /** Hands each version's diagnostics to the waiting benchmark thread. */
  static final class Client implements LanguageClient {
    private final BlockingQueue<PublishDiagnosticsParams> queue = new LinkedBlockingQueue<>();
    PublishDiagnosticsParams last;

    void await(int version) throws InterruptedException {
      while (true) {
        PublishDiagnosticsParams p = queue.poll(60, TimeUnit.SECONDS);
        if (p == null) {
          throw new IllegalStateException("no diagnostics for version " + version);
        }
        if (p.getVersion() != null && p.getVersion() == version) {
          last = p;
          return;
        }
      }
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
      queue.add(diagnostics);
    }

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void showMessage(MessageParams messageParams) {}

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {}
  }
}
