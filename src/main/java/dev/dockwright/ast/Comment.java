package dev.dockwright.ast;

/** A comment line. {@code text} is what follows {@code #}, trimmed. */
public record Comment(String text, SourceRange range) {}
