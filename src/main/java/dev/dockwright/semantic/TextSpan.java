package dev.dockwright.semantic;

/**
 * A half-open range [start, end) of char indices into the string a semantic helper was given (a FROM
 * image text, a word to expand). The AST maps it to file positions with {@code LogicalText.range}.
 */
public record TextSpan(int start, int end) {

  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  public int length() {
    return end - start;
  }

  /** The characters of {@code text} this span covers. */
  public String of(String text) {
    return text.substring(start, end);
  }

  @Override
  public String toString() {
    return "[" + start + "," + end + ")";
  }
}
