package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;
import java.util.Optional;

/**
 * One entry of a command list: a command and what ends it ({@code ;}, {@code &}, a newline, or nothing
 * at the end of the list).
 */
public record Statement(Command command, Optional<Operator> terminator, SourceRange range) {

  /** True for {@code cmd &}. */
  public boolean runsInBackground() {
    return terminator.map(t -> "&".equals(t.text())).orElse(false);
  }
}
