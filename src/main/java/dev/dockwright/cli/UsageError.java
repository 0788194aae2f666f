package dev.dockwright.cli;

/** A problem with how dockwright was run (bad path, bad config): one line on stderr, exit code 2. */
public final class UsageError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageError(String message) {
    super(message);
  }
}
