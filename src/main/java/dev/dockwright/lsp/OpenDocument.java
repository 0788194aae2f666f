package dev.dockwright.lsp;

import java.util.concurrent.Future;

/**
 * A document the client has open: its latest text and version, and the bookkeeping that lets a newer
 * version win. Every change bumps {@code generation}; a lint run publishes only if the generation it
 * started from is still current.
 */
final class OpenDocument {
  final String uri;
  private int version;
  private String text;
  private long generation;
  private boolean closed;
  private Future<?> pending;
  private Analysis published;

  OpenDocument(String uri, int version, String text) {
    this.uri = uri;
    this.version = version;
    this.text = text;
  }

  record Snapshot(String uri, int version, String text, long generation) {}

  synchronized Snapshot snapshot() {
    return new Snapshot(uri, version, text, generation);
  }

  synchronized void update(int version, String text) {
    this.version = version;
    this.text = text;
    generation++;
  }

  synchronized String text() {
    return text;
  }

  /** Starts a new lint generation, cancelling a run still waiting for its debounce. */
  synchronized long nextGeneration(java.util.function.LongFunction<Future<?>> schedule) {
    generation++;
    if (pending != null) {
      pending.cancel(false);
    }
    pending = schedule.apply(generation);
    return generation;
  }

  synchronized boolean isCurrent(long gen) {
    return !closed && generation == gen;
  }

  /** Runs {@code publish} if {@code gen} is still current, holding the lock so a close cannot slip between. */
  synchronized boolean publishIfCurrent(long gen, Analysis analysis, Runnable publish) {
    if (!isCurrent(gen)) {
      return false;
    }
    published = analysis;
    publish.run();
    return true;
  }

  /** The last published analysis if it is of the current text. */
  synchronized Analysis currentAnalysis() {
    return published != null && published.version() == version && published.text().equals(text) ? published
        : null;
  }

  synchronized void close() {
    closed = true;
    generation++;
    if (pending != null) {
      pending.cancel(false);
    }
  }
}
