package dev.dockwright.ast;

/** A parser directive at the top of the file: {@code # syntax=}, {@code # escape=}, {@code # check=}. */
public record Directive(String name, String value, Token nameToken, Token valueToken, SourceRange range) {}
