package dev.dockwright.semantic;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of BuildKit's {@code ProcessWords}: the text expanded, then split on unquoted, unescaped
 * whitespace (including whitespace produced by an unquoted expansion). Empty words are dropped, even
 * quoted ones ({@code a "" b} gives two words), as BuildKit does.
 *
 * @param words the resulting words; empty when there is an error, as BuildKit returns none then
 * @param known true when every word is known (no unknown variable, no error)
 * @param references every variable lookup, in input order
 * @param error the first error, if any
 */
public record WordsExpansion(
    List<Word> words, boolean known, List<VariableReference> references, Optional<ExpansionError> error) {

  public WordsExpansion {
    words = List.copyOf(words);
    references = List.copyOf(references);
    Objects.requireNonNull(error, "error");
  }

  public boolean failed() {
    return error.isPresent();
  }

  /** The word values, if all of them (and so their number) are known statically. */
  public Optional<List<String>> knownValues() {
    return known ? Optional.of(words.stream().map(Word::value).toList()) : Optional.empty();
  }

  /**
   * One resulting word.
   *
   * @param value the text; a display form when not {@code known} (see {@link Expansion#value()})
   * @param known false when an unknown variable contributed to it. Its value might contain whitespace
   *     that would split this word, or be empty and remove it: the word structure shown is the one the
   *     text has with each unknown substitution taken as one non-empty, unsplittable piece
   * @param span from the first to the end of the last input construct that contributed characters; words
   *     split out of one {@code $VAR} all carry that substitution's span
   */
  public record Word(String value, boolean known, TextSpan span) {

    public Word {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(span, "span");
    }
  }
}
