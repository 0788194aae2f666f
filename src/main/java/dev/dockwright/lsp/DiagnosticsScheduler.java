package dev.dockwright.lsp;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.lsp4j.PublishDiagnosticsParams;

/**
 * Lints documents off the protocol thread: a change waits for the debounce to pass quietly, a newer
 * change cancels the waiting run, and a run whose document changed while it linted publishes nothing
 * (the newer version's run will).
 */
final class DiagnosticsScheduler implements AutoCloseable {
  private final ScheduledExecutorService executor;
  private final Analyzer analyzer;
  private final Consumer<PublishDiagnosticsParams> publisher;
  private final ServerLog log;
  private final Duration debounce;

  DiagnosticsScheduler(Analyzer analyzer, Consumer<PublishDiagnosticsParams> publisher, ServerLog log,
      Duration debounce) {
    this.analyzer = analyzer;
    this.publisher = publisher;
    this.log = log;
    this.debounce = debounce;
    this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "dockwright-lint");
      t.setDaemon(true);
      return t;
    });
  }

  /** Lint after the debounce (a change while typing). */
  void changed(OpenDocument doc) {
    schedule(doc, debounce.toMillis());
  }

  /** Lint now (open, save, settings reloaded). */
  void now(OpenDocument doc) {
    schedule(doc, 0);
  }

  private void schedule(OpenDocument doc, long delayMillis) {
    doc.nextGeneration(gen -> executor.schedule(() -> run(doc, gen), delayMillis, TimeUnit.MILLISECONDS));
  }

  private void run(OpenDocument doc, long gen) {
    try {
      if (!doc.isCurrent(gen)) {
        return;
      }
      OpenDocument.Snapshot s = doc.snapshot();
      Analysis analysis = analyzer.analyze(s.uri(), s.version(), s.text());
      doc.publishIfCurrent(gen, analysis, () -> publisher.accept(Diagnostics.publish(analysis)));
    } catch (RuntimeException | StackOverflowError e) {
      log.error("linting " + doc.uri + " failed", e);
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
