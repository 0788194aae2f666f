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
    for (int i = comments.size() - 1; i >= 0; i--) {
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
}
