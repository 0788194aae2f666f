package dev.dockwright.semantic.boot;

import java.util.Locale;

/** What one unit does when the image boots under a run mode. */
public enum Verdict {
  /** Starts and stays inside the container. */
  STARTS,
  /** Not started: masked, or one of its own conditions is not met. */
  SKIPPED,
  /** Fails (the system ends {@code degraded}). */
  FAILS,
  /** Starts and changes something on the host (its kernel settings, consoles, devices, clock). */
  HOST,
  /** Prints a red line on the console and fails nothing (a socket whose service is masked). */
  COSMETIC;

  /** {@code starts}, {@code skipped} ... as in {@code dockwright boot --format json}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** What {@code leftover-sysinit-wants} reports and masks. */
  public boolean harmful() {
    return this == FAILS || this == HOST;
  }
}
