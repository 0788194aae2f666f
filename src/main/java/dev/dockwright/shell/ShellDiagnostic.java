package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;

/** Why a script did not parse cleanly, and where. */
public record ShellDiagnostic(String message, SourceRange range) {}
