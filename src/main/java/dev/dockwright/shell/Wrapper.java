package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;
import java.util.List;

/**
 * A command that runs another one ({@code sudo}, {@code env}, {@code xargs}, {@code sh -c} ...), with the
 * words it consumed (its name, options and e.g. {@code VAR=x} for {@code env}).
 *
 * @param name {@code sudo}, {@code env} ..., or {@code sh -c} / {@code bash -c} for a shell running a script
 *     argument, {@code sh <<} for a shell reading a here-document
 */
public record Wrapper(String name, List<Word> words, SourceRange range) {

  public Wrapper {
    words = List.copyOf(words);
  }
}
