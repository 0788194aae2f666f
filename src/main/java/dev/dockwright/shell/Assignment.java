package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;
import java.util.List;

/**
 * {@code NAME=value} (or {@code NAME+=value}) before a command or on its own, or a bash array
 * {@code NAME=(a b)}.
 *
 * @param value the scalar value (an empty word for {@code NAME=} and for arrays)
 * @param arrayElements the elements of {@code NAME=(...)}; empty for a scalar
 */
public record Assignment(
    String name, SourceRange nameRange, boolean append, Word value, boolean isArray, List<Word> arrayElements,
    SourceRange range) {

  public Assignment {
    arrayElements = List.copyOf(arrayElements);
  }
}
