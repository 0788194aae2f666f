package dev.dockwright.ast;

import java.util.Optional;

/**
 * A here-document of RUN, COPY or ADD. {@code marker} is the {@code <<EOF} word in the instruction line,
 * {@code body} the lines between it and the terminator (with the offset map), {@code content} the text
 * BuildKit hands to the build (tabs stripped when {@code chomp}). {@code terminator} is empty when the file
 * ends before the delimiter line.
 */
public record Heredoc(
    String name,
    boolean expand,
    boolean chomp,
    int fileDescriptor,
    Token marker,
    LogicalText body,
    Optional<SourceRange> terminator,
    SourceRange range) {

  public String content() {
    return chomp ? body.text().replaceAll("(?m)^\t+", "") : body.text();
  }
}
