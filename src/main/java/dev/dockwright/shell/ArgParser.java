package dev.dockwright.shell;

import dev.dockwright.ast.LogicalText;
import dev.dockwright.ast.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splits argument words into options and positionals (GNU style unless the spec says otherwise). */
final class ArgParser {
  private ArgParser() {}

  /**
   * @param firstPositional index in the argument list of the first positional (after {@code --} when that
   *     ended the options), or the list size when there is none
   */
  record Parsed(List<Option> options, List<Word> positionals, int firstPositional) {}

  static Parsed parse(List<Word> args, ArgSpec spec, ShellScript owner) {
    List<Option> options = new ArrayList<>();
    List<Word> positionals = new ArrayList<>();
    int firstPositional = -1;
    boolean optionsDone = false;
    int i = 0;
    while (i < args.size()) {
      Word word = args.get(i);
      Optional<String> literal = word.literalValue();
      if (optionsDone || literal.isEmpty() || !literal.get().startsWith("-") || literal.get().equals("-")) {
        positionals.add(word);
        if (firstPositional < 0) {
          firstPositional = i;
        }
        optionsDone |= spec.stopAtFirstPositional();
        i++;
        continue;
      }
      String lit = literal.get();
      if (lit.equals("--")) {
        optionsDone = true;
        i++;
        continue;
      }
      Word next = i + 1 < args.size() ? args.get(i + 1) : null;
      if (lit.startsWith("--") || spec.singleDashLong()) {
        int eq = lit.indexOf('=');
        if (eq > 0) {
          options.add(new Option(lit.substring(0, eq), Optional.of(lit.substring(eq + 1)), word, Optional.empty(),
              rangeWithin(word, 0, eq, owner)));
        } else if (spec.valueOptions().contains(lit) && next != null) {
          options.add(new Option(lit, Optional.of(valueOf(next)), word, Optional.of(next), word.range()));
          i++;
        } else {
          options.add(new Option(lit, Optional.empty(), word, Optional.empty(), word.range()));
        }
        i++;
        continue;
      }
      boolean consumedNext = false;
      for (int k = 1; k < lit.length(); k++) {
        String flag = "-" + lit.charAt(k);
        SourceRange flagRange = rangeWithin(word, k == 1 ? 0 : k, k + 1, owner);
        if (spec.valueOptions().contains(flag)) {
          if (k + 1 < lit.length()) {
            options.add(new Option(flag, Optional.of(stripEquals(lit.substring(k + 1))), word, Optional.empty(),
                flagRange));
          } else if (next != null) {
            options.add(new Option(flag, Optional.of(valueOf(next)), word, Optional.of(next), flagRange));
            consumedNext = true;
          } else {
            options.add(new Option(flag, Optional.empty(), word, Optional.empty(), flagRange));
          }
          break;
        }
        if (k + 1 < lit.length() && lit.charAt(k + 1) == '=') {
          // apt's -q=2 and similar
          options.add(new Option(flag, Optional.of(lit.substring(k + 2)), word, Optional.empty(), flagRange));
          break;
        }
        options.add(new Option(flag, Optional.empty(), word, Optional.empty(), flagRange));
      }
      i += consumedNext ? 2 : 1;
    }
    return new Parsed(options, positionals, firstPositional < 0 ? args.size() : firstPositional);
  }

  private static String stripEquals(String value) {
    return value.startsWith("=") ? value.substring(1) : value;
  }

  private static String valueOf(Word word) {
    return word.literalValue().orElse(word.raw());
  }

  /**
   * The exact range of characters [from, to) of a word written without quotes (so raw and value line up),
   * mapped through the owning script's text; otherwise the whole word's range.
   */
  static SourceRange rangeWithin(Word word, int from, int to, ShellScript owner) {
    if (owner == null || owner.text().isEmpty() || word.parts().size() != 1
        || !(word.parts().get(0) instanceof WordPart.Literal literal) || !literal.value().equals(word.raw())) {
      return word.range();
    }
    LogicalText text = owner.text().get();
    int base = LogicalIndex.of(text, word.range().startOffset());
    if (base < 0 || base + to > text.length()) {
      return word.range();
    }
    return text.range(base + from, base + to);
  }
}
