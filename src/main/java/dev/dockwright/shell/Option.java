package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;
import java.util.Optional;

/**
 * One parsed command-line option. Combined short flags are split: {@code -yq} gives {@code -y} and
 * {@code -q}, both with the same {@link #word()}.
 *
 * @param flag the option with its dashes: {@code -y}, {@code --yes}
 * @param value the value from {@code --opt=value}, {@code -ovalue}, or the following word for options
 *     known to take one ({@code -o value}); empty otherwise
 * @param valueWord the separate word that supplied the value, if any
 * @param range the flag's own characters ({@code -y} in {@code -yq}, {@code q} for the second flag; the
 *     whole word for long options)
 */
public record Option(String flag, Optional<String> value, Word word, Optional<Word> valueWord, SourceRange range) {

  public boolean is(String... flags) {
    for (String f : flags) {
      if (flag.equals(f)) {
        return true;
      }
    }
    return false;
  }
}
