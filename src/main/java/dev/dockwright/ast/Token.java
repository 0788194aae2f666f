package dev.dockwright.ast;

/**
 * A piece of an instruction as written: {@code text} is the joined text (continuations removed, quotes and
 * escapes kept, exactly what BuildKit's parser keeps), {@code range} its span in the file, {@code span} the
 * offset map so sub-parts (an image tag, a flag value) can be located exactly.
 */
public record Token(String text, SourceRange range, LogicalText span) {

  public static Token of(LogicalText line, int start, int end) {
    LogicalText sub = line.sub(start, end);
    return new Token(sub.text(), line.range(start, end), sub);
  }

  /** The file range of text[start, end) of this token. */
  public SourceRange subRange(int start, int end) {
    return span.range(start, end);
  }

  @Override
  public String toString() {
    return text + "@" + range;
  }
}
