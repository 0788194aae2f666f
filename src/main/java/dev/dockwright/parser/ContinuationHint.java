package dev.dockwright.parser;

import dev.dockwright.ast.CommandLine;
import dev.dockwright.ast.EditDistance;
import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.InstructionKind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * Hints for an unknown instruction: a line that is really the tail of the previous instruction (its line
 * continuation was lost when the text was wrapped), or a misspelt keyword.
 */
final class ContinuationHint {
  private ContinuationHint() {}

  static boolean previousLooksUnfinished(Instruction previous, String unknownWord) {
    Optional<String> script = shellText(previous);
    if (script.isEmpty()) {
      return false;
    }
    return isUnbalanced(script.get()) || !unknownWord.chars().allMatch(Character::isLetter);
  }

  private static Optional<String> shellText(Instruction instruction) {
    Optional<CommandLine> cmd = Optional.empty();
    if (instruction instanceof Instruction.Run r) {
      cmd = r.command();
    } else if (instruction instanceof Instruction.Cmd c) {
      cmd = c.command();
    } else if (instruction instanceof Instruction.Entrypoint e) {
      cmd = e.command();
    } else if (instruction instanceof Instruction.Onbuild o) {
      return o.trigger().flatMap(ContinuationHint::shellText);
    }
    return cmd.filter(c -> c instanceof CommandLine.ShellForm).map(c -> ((CommandLine.ShellForm) c).text());
  }

  /**
   * Whether a shell script stops in the middle of something: an open quote, bracket, parenthesis or
   * brace, an open {@code for/while/if/case}, or a trailing operator such as {@code &&} or {@code ==}.
   */
  static boolean isUnbalanced(String script) {
    Deque<String> open = new ArrayDeque<>();
    int i = 0;
    int n = script.length();
    String lastWord = "";
    while (i < n) {
      char c = script.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '\'' || c == '"') {
        int close = findQuote(script, i + 1, c);
        if (close < 0) {
          return true;
        }
        i = close + 1;
        lastWord = "x";
        continue;
      }
      if (c == '(' || c == '{') {
        open.push(String.valueOf(c));
      } else if (c == ')') {
        if (open.isEmpty() || !open.pop().equals("(")) {
          return true;
        }
      } else if (c == '}') {
        if (open.isEmpty() || !open.pop().equals("{")) {
          return true;
        }
      }
      if (Character.isWhitespace(c) || c == ';' || c == '(' || c == ')' || c == '{' || c == '}') {
        i++;
        continue;
      }
      int s = i;
      while (i < n && !Character.isWhitespace(script.charAt(i)) && ";(){}'\"".indexOf(script.charAt(i)) < 0) {
        i++;
      }
      String word = script.substring(s, i);
      lastWord = word;
      switch (word) {
        case "[", "[[" -> open.push("[");
        case "]", "]]" -> {
          if (open.isEmpty() || !open.pop().equals("[")) {
            return true;
          }
        }
        case "do", "then" -> open.push(word);
        case "done" -> {
          if (open.isEmpty() || !open.pop().equals("do")) {
            return true;
          }
        }
        case "fi" -> {
          if (open.isEmpty() || !open.pop().equals("then")) {
            return true;
          }
        }
        case "case" -> open.push("case");
        case "esac" -> {
          if (open.isEmpty() || !open.pop().equals("case")) {
            return true;
          }
        }
        default -> { }
      }
    }
    if (!open.isEmpty()) {
      return true;
    }
    return switch (lastWord) {
      case "&&", "||", "|", "==", "=", "!=", "-o", "-a", "&&\\" -> true;
      default -> false;
    };
  }

  private static int findQuote(String s, int from, char q) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && q == '"') {
        i++;
      } else if (c == q) {
        return i;
      }
    }
    return -1;
  }

  /** The instruction keyword within two edits of {@code word}, if there is exactly one closest. */
  static String nearestKeyword(String word) {
    String upper = word.toUpperCase(Locale.ROOT);
    String best = null;
    int bestDistance = 3;
    for (InstructionKind k : InstructionKind.values()) {
      if (k == InstructionKind.UNKNOWN) {
        continue;
      }
      int d = EditDistance.between(upper, k.keyword());
      if (d < bestDistance) {
        bestDistance = d;
        best = k.keyword();
      }
    }
    return best;
  }

}
