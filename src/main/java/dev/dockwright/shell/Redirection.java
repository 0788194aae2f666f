package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;
import java.util.Optional;

/**
 * A redirection such as {@code >file}, {@code 2>&1}, {@code &>/dev/null}, {@code <<EOF}.
 *
 * @param fileDescriptor the explicit descriptor number ({@code "2"} in {@code 2>&1}), or empty
 * @param operator one of {@code > >> < <> >| >& <& &> &>> << <<- <<<}
 * @param target the file, descriptor or here-document delimiter word
 */
public record Redirection(
    String fileDescriptor, String operator, Word target, Optional<HereDoc> hereDoc, SourceRange range) {}
