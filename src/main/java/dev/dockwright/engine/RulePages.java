package dev.dockwright.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The user-facing rule pages ({@code rules/<ID>-<name>.md}), packaged into the jar. */
public final class RulePages {
  private RulePages() {}

  public static Optional<String> markdown(RuleDescriptor rule) {
    try (InputStream in = RulePages.class.getResourceAsStream(rule.pageResource())) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The text of one {@code ## Section} of a page, without its heading. */
  public static Optional<String> section(String markdown, String heading) {
    int at = markdown.indexOf("## " + heading);
    if (at < 0) {
      return Optional.empty();
    }
    int start = markdown.indexOf('\n', at) + 1;
    int end = markdown.indexOf("\n## ", start);
    return Optional.of(markdown.substring(start, end < 0 ? markdown.length() : end).strip());
  }

  /** Where the page is published. */
  public static String helpUri(RuleDescriptor rule) {
    return "https://github.com/dockwright/dockwright/blob/main/rules/" + rule.id() + "-" + rule.name() + ".md";
  }
}
