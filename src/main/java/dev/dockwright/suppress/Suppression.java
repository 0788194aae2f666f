package dev.dockwright.suppress;

import dev.dockwright.ast.SourceRange;

/**
 * An in-source pragma that silences findings.
 *
 * @param scope what it covers: the next instruction, the stage, or the whole file
 * @param syntax whose syntax it uses (dockwright's own, hadolint's, or BuildKit's {@code # check=skip=})
 * @param justification the reason written after the codes (may be empty)
 * @param range the pragma comment
 */
public record Suppression(Scope scope, Syntax syntax, String justification, SourceRange range, String text) {
  public enum Scope { NEXT_INSTRUCTION, STAGE, FILE }

  public enum Syntax { DOCKWRIGHT, HADOLINT, BUILDKIT, BASELINE }
}
