package dev.dockwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line: nothing in the first second, then at most every 100 ms, erased at the end. */
class ProgressTest {
  private final StringWriter text = new StringWriter();
  private final PrintWriter err = new PrintWriter(text);
  private final AtomicLong now = new AtomicLong(5_000_000_000L);

  private Progress progress(boolean terminal, int total) {
    return new Progress(err, terminal, total, now::get);
  }

  private void advanceMillis(long ms) {
    now.addAndGet(ms * 1_000_000L);
  }

  @Test
  void silentDuringTheFirstSecondThenThrottledThenErased() {
    Progress p = progress(true, 1000);
    p.fileDone();
    advanceMillis(999);
    p.fileDone();
    assertThat(text.toString()).isEmpty();

    advanceMillis(1);
    p.fileDone(); // 3 done, shown
    advanceMillis(50);
    p.fileDone(); // 4 done, too soon after the last
    advanceMillis(50);
    p.fileDone(); // 5 done, shown
    p.close();

    assertThat(text.toString()).isEqualTo("\rdockwright: 3/1000 files\rdockwright: 5/1000 files"
        + "\r" + " ".repeat("dockwright: 5/1000 files".length()) + "\r");
  }

  @Test
  void offWhenNotATerminalOrForOneFile() {
    for (Progress p : new Progress[] {progress(false, 1000), progress(true, 1)}) {
      advanceMillis(5_000);
      p.fileDone();
      p.close();
    }

    assertThat(text.toString()).isEmpty();
  }

  @Test
  void aSmallRunThatTakesLongStillShowsAndErases() {
    Progress p = progress(true, 5);
    advanceMillis(2_000);
    p.fileDone();
    p.close();

    assertThat(text.toString()).isEqualTo("\rdockwright: 1/5 files\r" + " ".repeat(21) + "\r");
  }
}
