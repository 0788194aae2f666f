package dev.dockwright.ast;

import java.util.List;

/**
 * A parsed Dockerfile: directives, instructions in order, and the comment and blank lines between them.
 *
 * @param escape the escape and line-continuation character ({@code \} or a backtick)
 * @param bom whether the file started with a UTF-8 byte-order mark (not part of {@code source})
 */
public record Dockerfile(
    SourceText source,
    List<Directive> directives,
    List<Instruction> instructions,
    List<Comment> comments,
    List<SourceRange> blankLines,
    char escape,
    boolean bom) {

  public Dockerfile {
    directives = List.copyOf(directives);
    instructions = List.copyOf(instructions);
    comments = List.copyOf(comments);
    blankLines = List.copyOf(blankLines);
  }

  /** The comments directly above an instruction (no blank line between), nearest last. */
  public List<Comment> commentsAbove(Instruction instruction) {
    int line = instruction.range().startLine();
    java.util.ArrayDeque<Comment> found = new java.util.ArrayDeque<>();
    for (int i = lastCommentBefore(line); i >= 0; i--) {
      Comment c = comments.get(i);
      if (c.range().startLine() == line - 1) {
        found.addFirst(c);
        line--;
      } else if (c.range().startLine() < line - 1) {
        break;
      }
    }
    return List.copyOf(found);
  }

  /**
   * Index of the last comment that starts before {@code line}, or -1: comments are in source order, so a
   * binary search (a scan from the end made {@link #commentsAbove} quadratic over a long file).
   */
  public int lastCommentBefore(int line) {
    int lo = 0;
    int hi = comments.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (comments.get(mid).range().startLine() < line) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
