package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;

/** A node of the shell command tree. */
public sealed interface Command
    permits SimpleCommand, Pipeline, AndOrList, Subshell, BraceGroup, IfCommand, ForCommand,
        ArithmeticForCommand, WhileCommand, CaseCommand, FunctionDefinition, ArithmeticCommand {

  SourceRange range();
}
