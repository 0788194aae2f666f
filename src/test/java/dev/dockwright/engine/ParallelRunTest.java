package dev.dockwright.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Outcomes in task order; failures and time-outs of one task never hold up the others. */
class ParallelRunTest {
  private static final long STACK = 1L << 20;

  /** Spins until told to stop, deaf to interrupts: the worst a rule can do. */
  private static Callable<String> spinner(AtomicBoolean stop) {
    return () -> {
      long n = 0;
      while (!stop.get()) {
        n++;
      }
      return "spun " + n;
    };
  }

  @Test
  void outcomesComeInTaskOrderWithFailuresInPlace() {
    List<Callable<String>> tasks = List.of(() -> "a", () -> {
      throw new IllegalStateException("boom");
    }, () -> "c", () -> {
      throw new StackOverflowError();
    }, () -> "e");

    List<ParallelRun.Outcome<String>> out = ParallelRun.run(tasks, 2, Duration.ZERO, STACK);

    assertThat(out).hasSize(5);
    assertThat(out.get(0)).isEqualTo(new ParallelRun.Done<>("a"));
    assertThat(((ParallelRun.Failed<String>) out.get(1)).error()).hasMessage("boom");
    assertThat(out.get(2)).isEqualTo(new ParallelRun.Done<>("c"));
    assertThat(((ParallelRun.Failed<String>) out.get(3)).error()).isInstanceOf(StackOverflowError.class);
    assertThat(out.get(4)).isEqualTo(new ParallelRun.Done<>("e"));
  }

  @Test
  void aTaskOverItsLimitTimesOutAndAFreshWorkerRunsTheRest() {
    AtomicBoolean stop = new AtomicBoolean();
    try {
      // one worker: the tasks after the spinner run only because a replacement worker takes over
      List<Callable<String>> tasks = List.of(() -> "first", spinner(stop), () -> "third", () -> "fourth");

      List<ParallelRun.Outcome<String>> out = ParallelRun.run(tasks, 1, Duration.ofMillis(300), STACK);

      assertThat(out).containsExactly(new ParallelRun.Done<>("first"),
          new ParallelRun.TimedOut<>(Duration.ofMillis(300)), new ParallelRun.Done<>("third"),
          new ParallelRun.Done<>("fourth"));
    } finally {
      stop.set(true);
    }
  }

  @Test
  void aWaitingTaskOverItsLimitIsInterrupted() throws InterruptedException {
    AtomicBoolean interrupted = new AtomicBoolean();
    Callable<String> sleeper = () -> {
      try {
        Thread.sleep(60_000);
        return "slept";
      } catch (InterruptedException e) {
        interrupted.set(true);
        throw e;
      }
    };

    List<ParallelRun.Outcome<String>> out = ParallelRun.run(List.of(sleeper, () -> "next"), 2,
        Duration.ofMillis(200), STACK);

    assertThat(out).containsExactly(new ParallelRun.TimedOut<>(Duration.ofMillis(200)),
        new ParallelRun.Done<>("next"));
    for (int i = 0; i < 100 && !interrupted.get(); i++) {
      Thread.sleep(20);
    }
    assertThat(interrupted).isTrue();
  }

  @Test
  void noTasksNoThreads() {
    assertThat(ParallelRun.<String>run(List.of(), 4, Duration.ofSeconds(1), STACK)).isEmpty();
  }
}
