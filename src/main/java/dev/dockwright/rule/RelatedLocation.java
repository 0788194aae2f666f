package dev.dockwright.rule;

import dev.dockwright.ast.SourceRange;

/** Another place that explains a finding (the earlier ENTRYPOINT that this one overrides, ...). */
public record RelatedLocation(SourceRange range, String message) {}
