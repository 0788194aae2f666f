package dev.dockwright.semantic;

import dev.dockwright.ast.SourceRange;
import java.util.Optional;

/**
 * What {@code COPY --from=X}, {@code RUN --mount=from=X} or {@code FROM X} names: an earlier stage (by
 * name or index), an external image, or something that cannot be known statically (an unresolved
 * variable).
 */
public record StageReference(Kind kind, String text, Optional<Stage> stage, Optional<ImageReference> image,
    Expansion expansion, SourceRange range) {

  public enum Kind { STAGE_NAME, STAGE_INDEX, IMAGE, UNKNOWN }

  public boolean isStage() {
    return kind == Kind.STAGE_NAME || kind == Kind.STAGE_INDEX;
  }
}
