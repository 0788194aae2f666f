package dev.dockwright.lsp;

import dev.dockwright.engine.Finding;
import dev.dockwright.engine.RuleDescriptor;
import dev.dockwright.engine.RulePages;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/** Hover on a diagnostic: the page of its rule, as {@code dockwright explain} and the docs show it. */
final class Hovers {
  private Hovers() {}

  /** The hover at a position, or null when no finding covers it. */
  static Hover at(Analysis analysis, Position position) {
    int offset = analysis.engineOffset(position);
    List<Finding> here = new ArrayList<>();
    for (Finding f : analysis.findings()) {
      boolean inside = f.range().isEmpty() ? offset == f.range().startOffset() : f.range().containsOffset(offset);
      if (inside) {
        here.add(f);
      }
    }
    if (here.isEmpty()) {
      return null;
    }
    Set<RuleDescriptor> rules = new LinkedHashSet<>();
    here.forEach(f -> rules.add(f.rule()));
    List<String> pages = new ArrayList<>();
    for (RuleDescriptor rule : rules) {
      pages.add(page(rule));
    }
    Hover hover = new Hover(new MarkupContent(MarkupKind.MARKDOWN, String.join("\n\n---\n\n", pages)));
    hover.setRange(analysis.range(here.get(0).range()));
    return hover;
  }

  static String page(RuleDescriptor rule) {
    String link = "[" + rule.id() + " " + rule.name() + "](" + RulePages.helpUri(rule) + ")";
    return RulePages.markdown(rule)
        .map(page -> page.strip() + "\n\n" + link)
        .orElse("**" + rule.id() + " " + rule.name() + "**: " + rule.summary() + "\n\n" + link);
  }
}
