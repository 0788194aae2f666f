package dev.dockwright.shell;

import dev.dockwright.ast.LogicalText;
import dev.dockwright.ast.SourceRange;
import dev.dockwright.ast.SourceText;
import java.util.List;

/** Builds scripts the way the Dockerfile parser hands them over. */
final class Scripts {
  private Scripts() {}

  /**
   * The script of {@code RUN <text>}: the source is {@code "RUN " + text} and, as in a Dockerfile, every
   * backslash-newline is a continuation left out of the logical text. Columns on line 1 are therefore
   * index + 5.
   */
  static ShellScript run(String text) {
    return ShellParser.parse(runText(text));
  }

  static LogicalText runText(String text) {
    SourceText source = new SourceText("RUN " + text);
    String s = source.text();
    LogicalText.Builder b = new LogicalText.Builder(source);
    int i = 4;
    int pieceStart = 4;
    while (i < s.length()) {
      if (s.charAt(i) == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        b.append(pieceStart, i);
        i += 2;
        pieceStart = i;
      } else {
        i++;
      }
    }
    b.append(pieceStart, s.length());
    b.endAt(s.length());
    return b.build();
  }

  /** A script that is the whole source text, continuations and all (e.g. a heredoc body). */
  static ShellScript plain(String text) {
    SourceText source = new SourceText(text);
    return ShellParser.parse(LogicalText.of(source, 0, text.length()));
  }

  /** {@code line:col-line:col}. */
  static String at(SourceRange range) {
    return range.toString();
  }

  static List<String> raws(List<Word> words) {
    return words.stream().map(Word::raw).toList();
  }
}
