package dev.dockwright.semantic;

import dev.dockwright.ast.Token;
import java.util.Optional;

/**
 * The image a stage starts from: the FROM word as written, its expansion with the global ARGs, and what
 * that names — an earlier stage of the same file, or an external image reference (parsed when the
 * expanded value is known), and, for a locally built image whose Dockerfile the engine found, that
 * Dockerfile's model ({@code external}).
 */
public record BaseImage(Token token, Expansion expansion, Optional<Stage> stage, Optional<ImageReference> reference,
    Optional<BaseResolver.ResolvedBase> external) {

  public BaseImage(Token token, Expansion expansion, Optional<Stage> stage, Optional<ImageReference> reference) {
    this(token, expansion, stage, reference, Optional.empty());
  }

  /** The name as BuildKit would use it: the expanded value when known, else the text as written. */
  public String name() {
    return expansion.knownValue().orElse(token.text());
  }

  public boolean isScratch() {
    return stage.isEmpty() && reference.map(ImageReference::isScratch).orElse(false);
  }

  public boolean isKnown() {
    return expansion.known();
  }
}
