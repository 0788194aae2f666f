package dev.dockwright.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Progress on a terminal for runs that take more than a second: one line on stderr, {@code dockwright: 120/1000
 * files}, rewritten in place at most ten times a second and erased when the run ends, so it never mixes with
 * the report. Off when stderr is not a terminal (a pipe, a CI log) and under {@code --quiet}.
 */
final class Progress implements AutoCloseable {
  private static final long DELAY = 1_000_000_000L;
  private static final long INTERVAL = 100_000_000L;

  private final PrintWriter err;
  private final boolean on;
  private final int total;
  private final LongSupplier clock;
  private final long start;
  private int done;
  private long shownAt = Long.MIN_VALUE;
  private int shownWidth;

  Progress(PrintWriter err, boolean on, int total, LongSupplier clock) {
    this.err = err;
    this.on = on && total > 1;
    this.total = total;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  /** Progress for this run: on when the JVM has a console (it cannot tell about stderr alone). */
  static Progress of(PrintWriter err, boolean quiet, int total) {
    return new Progress(err, !quiet && System.console() != null, total, System::nanoTime);
  }

  /** One more file is done; called from the lint threads. */
  synchronized void fileDone() {
    done++;
    if (!on) {
      return;
    }
    long now = clock.getAsLong();
    if (now - start < DELAY || shownAt != Long.MIN_VALUE && now - shownAt < INTERVAL) {
      return;
    }
    String line = "dockwright: " + done + "/" + total + " files"; // never shorter than the one before
    err.print("\r" + line);
    err.flush();
    shownAt = now;
    shownWidth = line.length();
  }

  /** Erases the line, if one was shown; a later {@link #fileDone} shows it again. */
  @Override
  public synchronized void close() {
    if (shownWidth > 0) {
      err.print("\r" + " ".repeat(shownWidth) + "\r");
      err.flush();
      shownWidth = 0;
    }
  }
}
