package dev.dockwright.suppress;

import dev.dockwright.ast.SourceRange;
import java.util.List;

/**
 * One suppression comment as written: the codes it names (ids, names or aliases of rules) and where it
 * applies.
 *
 * @param codes the codes as written, in order
 * @param appliesTo the span of the source it silences (an instruction, a stage, or the file)
 */
public record Pragma(Suppression suppression, List<String> codes, SourceRange appliesTo) {
  public Pragma {
    codes = List.copyOf(codes);
  }

  public boolean covers(SourceRange range) {
    return appliesTo.startOffset() <= range.startOffset() && range.startOffset() <= appliesTo.endOffset();
  }
}
