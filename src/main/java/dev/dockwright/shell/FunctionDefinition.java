package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;

/** {@code name() body} or {@code function name [()] body}. */
public record FunctionDefinition(String name, SourceRange nameRange, Command body, SourceRange range)
    implements Command {}
