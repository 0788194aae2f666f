package dev.dockwright.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The output formats by name. */
public final class Reporters {
  private Reporters() {}

  /** Options that only the human format uses. */
  public record TtyOptions(boolean color, boolean quiet, boolean statistics) {}

  public static List<String> names() {
    return List.of("tty", "json", "sarif", "checkstyle", "gnu", "gitlab", "junit");
  }

  public static Optional<Reporter> forName(String name, TtyOptions tty) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "tty", "text" -> Optional.of(new TtyReporter(tty.color(), tty.quiet(), tty.statistics()));
      case "gnu" -> Optional.of(new GnuReporter());
      case "json" -> Optional.of(new JsonReporter());
      case "sarif" -> Optional.of(new SarifReporter());
      case "checkstyle" -> Optional.of(new CheckstyleReporter());
      case "gitlab" -> Optional.of(new GitlabReporter());
      case "junit" -> Optional.of(new JunitReporter());
      default -> Optional.empty();
    };
  }
}
