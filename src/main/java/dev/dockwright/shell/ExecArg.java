package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;

/** One element of an exec-form JSON array: its decoded value and the range of the JSON string token. */
public record ExecArg(String value, SourceRange range) {}
