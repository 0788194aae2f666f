package dev.dockwright.ast;

import java.util.List;
import java.util.Optional;

/**
 * What every instruction has: its keyword, flags, the joined logical line, and where it is.
 *
 * @param range the whole instruction, from the keyword to the end of its last line or heredoc terminator
 * @param line the logical line as BuildKit joins it (keyword included), with the offset map
 * @param arguments the arguments after the flags, trimmed; empty when there are none
 * @param emptyContinuationLines blank lines inside the continuation (BuildKit warns about them)
 * @param continuationComments comment lines inside the continuation (BuildKit drops them)
 */
public record InstructionHead(
    InstructionKind kind,
    Token keyword,
    List<Flag> flags,
    SourceRange range,
    LogicalText line,
    Optional<Token> arguments,
    List<SourceRange> emptyContinuationLines,
    List<Comment> continuationComments) {

  public InstructionHead {
    flags = List.copyOf(flags);
    emptyContinuationLines = List.copyOf(emptyContinuationLines);
    continuationComments = List.copyOf(continuationComments);
  }

  public Optional<Flag> flag(String name) {
    return flags.stream().filter(f -> f.name().equals(name)).findFirst();
  }
}
