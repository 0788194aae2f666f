package dev.dockwright.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Runs tasks on a fixed number of worker threads, each task under a time limit, and returns one outcome per
 * task in task order. A task over its limit gets a {@link TimedOut} outcome; its worker is interrupted (which
 * ends a waiting ShellCheck process) and, since a busy loop cannot be stopped from outside in Java, it is
 * abandoned: a fresh worker takes its place, so one bad file costs its time limit and never stalls the run.
 * An abandoned worker finishes its task unseen and then stops; workers are daemon threads.
 */
public final class ParallelRun {
  /** What became of one task. */
  public sealed interface Outcome<T> {}

  public record Done<T>(T value) implements Outcome<T> {}

  public record Failed<T>(Throwable error) implements Outcome<T> {}

  public record TimedOut<T>(Duration limit) implements Outcome<T> {}

  private static final long NOT_STARTED = Long.MIN_VALUE;

  private ParallelRun() {}

  /**
   * Runs {@code tasks} on {@code jobs} threads of {@code stackBytes} stack each.
   *
   * @param limit the time one task may take, or {@link Duration#ZERO} for none
   */
  public static <T> List<Outcome<T>> run(List<? extends Callable<T>> tasks, int jobs, Duration limit,
      long stackBytes) {
    Run<T> run = new Run<>(tasks, limit, stackBytes);
    int workers = Math.max(1, Math.min(jobs, tasks.size()));
    for (int i = 0; i < workers; i++) {
      run.startWorker();
    }
    try {
      run.supervise();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      run.abandonAll();
    }
    return run.outcomes();
  }

  private static final class Run<T> {
    private final List<? extends Callable<T>> tasks;
    private final long limitNanos;
    private final long stackBytes;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicReferenceArray<Outcome<T>> outcomes;
    private final AtomicLongArray started;
    private final AtomicReferenceArray<Worker> runBy;
    private final CountDownLatch finished;

    Run(List<? extends Callable<T>> tasks, Duration limit, long stackBytes) {
      this.tasks = tasks;
      this.limitNanos = limit.isZero() || limit.isNegative() ? 0 : limit.toNanos();
      this.stackBytes = stackBytes;
      this.outcomes = new AtomicReferenceArray<>(tasks.size());
      this.started = new AtomicLongArray(tasks.size());
      for (int i = 0; i < tasks.size(); i++) {
        started.set(i, NOT_STARTED);
      }
      this.runBy = new AtomicReferenceArray<>(tasks.size());
      this.finished = new CountDownLatch(tasks.size());
    }

    void startWorker() {
      Worker w = new Worker();
      Thread t = new Thread(null, w, "dockwright-lint", stackBytes);
      w.thread = t;
      t.setDaemon(true);
      t.start();
    }

    /** Records an outcome unless the task already has one (a late result after a time-out is dropped). */
    boolean settle(int i, Outcome<T> outcome) {
      if (outcomes.compareAndSet(i, null, outcome)) {
        finished.countDown();
        return true;
      }
      return false;
    }

    void supervise() throws InterruptedException {
      if (limitNanos == 0) {
        finished.await();
        return;
      }
      long poll = Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(limitNanos) / 4, 100));
      while (!finished.await(poll, TimeUnit.MILLISECONDS)) {
        long now = System.nanoTime();
        for (int i = 0; i < tasks.size(); i++) {
          long s = started.get(i);
          if (s != NOT_STARTED && outcomes.get(i) == null && now - s > limitNanos
              && settle(i, new TimedOut<>(Duration.ofNanos(limitNanos)))) {
            Worker stuck = runBy.get(i);
            stuck.abandoned = true;
            stuck.thread.interrupt();
            startWorker();
          }
        }
      }
    }

    void abandonAll() {
      for (int i = 0; i < tasks.size(); i++) {
        settle(i, new Failed<>(new InterruptedException("interrupted")));
      }
    }

    List<Outcome<T>> outcomes() {
      List<Outcome<T>> out = new ArrayList<>(tasks.size());
      for (int i = 0; i < tasks.size(); i++) {
        out.add(outcomes.get(i));
      }
      return out;
    }

    private final class Worker implements Runnable {
      volatile Thread thread;
      volatile boolean abandoned;

      @Override
      public void run() {
        while (!abandoned) {
          int i = next.getAndIncrement();
          if (i >= tasks.size()) {
            return;
          }
          runBy.set(i, this);
          started.set(i, System.nanoTime());
          Outcome<T> outcome;
          try {
            outcome = new Done<>(tasks.get(i).call());
          } catch (Throwable e) { // OutOfMemoryError and StackOverflowError included: the run goes on
            outcome = new Failed<>(e);
          }
          settle(i, outcome);
          Thread.interrupted(); // an interrupt meant for a task that already ended must not reach the next
        }
      }
    }
  }
}
