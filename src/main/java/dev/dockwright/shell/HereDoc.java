package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;

/**
 * The body of a {@code <<DELIM} or {@code <<-DELIM} redirection inside a script.
 *
 * @param delimiter the delimiter after quote removal
 * @param delimiterQuoted true when any part of the delimiter was quoted, so the body is not expanded
 * @param stripsTabs true for {@code <<-}
 * @param body the body text up to (not including) the delimiter line; leading tabs removed for {@code <<-}
 * @param bodyRange the body's source range (empty at the end of the script when there is no body)
 * @param terminated false when the script ended before a delimiter line (e.g. a one-line RUN with
 *     {@code <<EOF} whose body the Dockerfile parser handles)
 */
public record HereDoc(
    String delimiter, boolean delimiterQuoted, boolean stripsTabs, String body, SourceRange bodyRange,
    boolean terminated) {}
