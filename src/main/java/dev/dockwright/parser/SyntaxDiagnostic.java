package dev.dockwright.parser;

import dev.dockwright.ast.SourceRange;

/**
 * A problem found while reading a Dockerfile. Errors are what BuildKit would refuse to build; warnings
 * are what it accepts with a warning (an empty continuation line).
 *
 * @param code stable kebab-case identifier of the kind of problem (e.g. {@code unknown-instruction})
 */
public record SyntaxDiagnostic(String code, Level level, String message, SourceRange range) {
  public enum Level { ERROR, WARNING }

  public static SyntaxDiagnostic error(String code, String message, SourceRange range) {
    return new SyntaxDiagnostic(code, Level.ERROR, message, range);
  }

  public static SyntaxDiagnostic warning(String code, String message, SourceRange range) {
    return new SyntaxDiagnostic(code, Level.WARNING, message, range);
  }
}
