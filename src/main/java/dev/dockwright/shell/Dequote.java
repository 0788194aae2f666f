package dev.dockwright.shell;

import dev.dockwright.ast.LogicalText;
import java.util.Optional;

/**
 * Builds the logical text of a literal word's value with each character still mapped to its source
 * offset, so a script inside quotes ({@code sh -c 'apt-get install x'}) parses with exact ranges.
 */
final class Dequote {
  private Dequote() {}

  private enum State { PLAIN, SINGLE, DOUBLE, ANSI_C }

  /** Empty when the word is not literal or uses {@code $'..'} escapes (decoded characters have no source). */
  static Optional<LogicalText> literalText(LogicalText owner, Word word) {
    if (word.literalValue().isEmpty()) {
      return Optional.empty();
    }
    int base = LogicalIndex.of(owner, word.range().startOffset());
    String raw = word.raw();
    if (base < 0 || !owner.text().startsWith(raw, base)) {
      return Optional.empty();
    }
    LogicalText.Builder out = new LogicalText.Builder(owner.source());
    out.endAt(owner.sourceOffset(base));
    State state = State.PLAIN;
    for (int k = 0; k < raw.length(); k++) {
      char c = raw.charAt(k);
      char next = k + 1 < raw.length() ? raw.charAt(k + 1) : '\0';
      switch (state) {
        case PLAIN -> {
          if (c == '\'') {
            state = State.SINGLE;
          } else if (c == '"') {
            state = State.DOUBLE;
          } else if (c == '$' && next == '\'') {
            state = State.ANSI_C;
            k++;
          } else if (c == '\\') {
            if (next != '\n') {
              append(out, owner, base + k + 1);
            }
            k++;
          } else {
            append(out, owner, base + k);
          }
        }
        case SINGLE -> {
          if (c == '\'') {
            state = State.PLAIN;
          } else {
            append(out, owner, base + k);
          }
        }
        case ANSI_C -> {
          if (c == '\\') {
            return Optional.empty();
          }
          if (c == '\'') {
            state = State.PLAIN;
          } else {
            append(out, owner, base + k);
          }
        }
        case DOUBLE -> {
          if (c == '"') {
            state = State.PLAIN;
          } else if (c == '\\' && next == '\n') {
            k++;
          } else if (c == '\\' && "$`\"\\".indexOf(next) >= 0) {
            append(out, owner, base + k + 1);
            k++;
          } else {
            append(out, owner, base + k);
          }
        }
        default -> throw new IllegalStateException();
      }
    }
    return Optional.of(out.build());
  }

  private static void append(LogicalText.Builder out, LogicalText owner, int index) {
    int offset = owner.sourceOffset(index);
    out.append(offset, offset + 1);
  }
}
