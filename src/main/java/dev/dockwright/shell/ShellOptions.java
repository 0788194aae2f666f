package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code set -e} / {@code set -o pipefail} changes in a script, with where they apply. */
final class ShellOptions {
  static final String ERREXIT = "errexit";
  static final String PIPEFAIL = "pipefail";

  /** An option switched on or off at {@code offset} (the end of the set command), within {@code scope}. */
  private record Change(String option, boolean enabled, int offset, Optional<SourceRange> scope) {}

  private final List<Change> changes;

  private ShellOptions(List<Change> changes) {
    this.changes = changes;
  }

  static ShellOptions of(ShellScript script) {
    List<Change> changes = new ArrayList<>();
    for (ScriptWalker.Visit visit : ScriptWalker.walk(script)) {
      if (visit.command() instanceof SimpleCommand simple && !simple.words().isEmpty()
          && simple.words().get(0).isLiteral("set")) {
        parseSet(simple, visit.context().scope(), changes);
      }
    }
    changes.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
    return new ShellOptions(changes);
  }

  private static void parseSet(SimpleCommand set, Optional<SourceRange> scope, List<Change> out) {
    List<Word> words = set.words();
    int offset = set.range().endOffset();
    for (int k = 1; k < words.size(); k++) {
      Optional<String> lit = words.get(k).literalValue();
      if (lit.isEmpty() || lit.get().equals("--") || lit.get().equals("-")) {
        return;
      }
      String v = lit.get();
      if ((!v.startsWith("-") && !v.startsWith("+")) || v.length() < 2) {
        return; // positional parameters follow
      }
      boolean enabled = v.charAt(0) == '-';
      boolean takesName = false;
      for (int c = 1; c < v.length(); c++) {
        if (v.charAt(c) == 'e') {
          out.add(new Change(ERREXIT, enabled, offset, scope));
        } else if (v.charAt(c) == 'o') {
          takesName = true;
        }
      }
      if (takesName && k + 1 < words.size()) {
        k++;
        String name = words.get(k).literalValue().orElse("");
        out.add(new Change(name, enabled, offset, scope));
      }
    }
  }

  boolean enablesAtTopLevel(String option) {
    return changes.stream().anyMatch(c -> c.option().equals(option) && c.enabled() && c.scope().isEmpty());
  }

  boolean activeAt(String option, SourceRange range, boolean initiallyOn) {
    boolean on = initiallyOn;
    for (Change change : changes) {
      if (change.offset() > range.startOffset()) {
        break;
      }
      if (change.option().equals(option) && change.scope().map(s -> s.contains(range)).orElse(true)) {
        on = change.enabled();
      }
    }
    return on;
  }
}
