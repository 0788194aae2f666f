package dev.dockwright.suppress;

import dev.dockwright.ast.Comment;
import dev.dockwright.ast.Directive;
import dev.dockwright.ast.Dockerfile;
import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.SourceRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suppression pragmas of a file: dockwright's ({@code # dockwright ignore=ID[,ID] [# reason]},
 * {@code # dockwright global ignore=...}, {@code # dockwright stage ignore=...}), hadolint's
 * ({@code # hadolint ignore=DL3008}, {@code global ignore=}, {@code stage ignore=}) and BuildKit's
 * ({@code # check=skip=Rule,...} as the top directive or directly above one instruction).
 */
public final class Suppressions {
  private static final Pattern TOOL_PRAGMA = Pattern.compile(
      "^(dockwright|hadolint)\\s+(?:(global|stage)\\s+)?ignore\\s*=\\s*([^\\s#]+(?:\\s*,\\s*[^\\s#,]+)*)\\s*(.*)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CHECK_COMMENT = Pattern.compile("^check\\s*=\\s*(.*)$", Pattern.CASE_INSENSITIVE);

  private final List<Pragma> pragmas;

  private Suppressions(List<Pragma> pragmas) {
    this.pragmas = List.copyOf(pragmas);
  }

  public static Suppressions none() {
    return new Suppressions(List.of());
  }

  public List<Pragma> pragmas() {
    return pragmas;
  }

  public static Suppressions of(Dockerfile file) {
    List<Pragma> out = new ArrayList<>();
    SourceRange whole = file.source().range(0, file.source().length());
    for (Directive d : file.directives()) {
      if (d.name().equals("check")) {
        List<String> skip = checkSkips(d.value());
        if (!skip.isEmpty()) {
          out.add(new Pragma(new Suppression(Suppression.Scope.FILE, Suppression.Syntax.BUILDKIT, "", d.range(),
              "check=" + d.value()), skip, whole));
        }
      }
    }
    List<Instruction> instructions = file.instructions();
    for (Comment c : file.comments()) {
      Matcher m = TOOL_PRAGMA.matcher(c.text());
      if (m.matches()) {
        Suppression.Syntax syntax = m.group(1).equalsIgnoreCase("dockwright") ? Suppression.Syntax.DOCKWRIGHT
            : Suppression.Syntax.HADOLINT;
        String scopeWord = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        List<String> codes = splitCodes(m.group(3));
        String reason = m.group(4).strip();
        if (reason.startsWith("#")) {
          reason = reason.substring(1).strip();
        }
        Suppression.Scope scope = switch (scopeWord) {
          case "global" -> Suppression.Scope.FILE;
          case "stage" -> Suppression.Scope.STAGE;
          default -> Suppression.Scope.NEXT_INSTRUCTION;
        };
        SourceRange target = target(file, scope, c, instructions, whole);
        if (target != null) {
          out.add(new Pragma(new Suppression(scope, syntax, reason, c.range(), c.text()), codes, target));
        }
        continue;
      }
      Matcher check = CHECK_COMMENT.matcher(c.text());
      if (check.matches()) {
        // BuildKit reads the value of a check comment above an instruction up to the first space: what
        // follows is free text (`# check=skip=SecretsUsedInArgOrEnv // not a secret`)
        String[] valueAndRest = check.group(1).split(" ", 2);
        List<String> skip = checkSkips(valueAndRest[0]);
        String reason = valueAndRest.length < 2 ? "" : valueAndRest[1].strip().replaceFirst("^(//|#)\\s*", "");
        SourceRange target = target(file, Suppression.Scope.NEXT_INSTRUCTION, c, instructions, whole);
        if (!skip.isEmpty() && target != null) {
          out.add(new Pragma(new Suppression(Suppression.Scope.NEXT_INSTRUCTION, Suppression.Syntax.BUILDKIT, reason,
              c.range(), c.text()), skip, target));
        }
      }
    }
    return new Suppressions(out);
  }

  /** The codes of BuildKit's {@code skip=A,B;error=true}. */
  static List<String> checkSkips(String value) {
    for (String part : value.split(";")) {
      String p = part.strip();
      int eq = p.indexOf('=');
      if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("skip")) {
        return splitCodes(p.substring(eq + 1));
      }
    }
    return List.of();
  }

  private static List<String> splitCodes(String codes) {
    return Arrays.stream(codes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static SourceRange target(Dockerfile file, Suppression.Scope scope, Comment c, List<Instruction> instructions,
      SourceRange whole) {
    int at = c.range().endOffset();
    switch (scope) {
      case FILE:
        return whole;
      case NEXT_INSTRUCTION: {
        for (Instruction i : instructions) {
          if (i.range().startOffset() >= at) {
            return i.range();
          }
        }
        return null;
      }
      default: {
        int start = 0;
        int end = whole.endOffset();
        for (Instruction i : instructions) {
          if (i instanceof Instruction.From) {
            if (i.range().startOffset() < at) {
              start = i.range().startOffset();
            } else {
              end = i.range().startOffset() - 1;
              break;
            }
          }
        }
        return file.source().range(start, Math.max(start, end));
      }
    }
  }

  /** Whether a code written in a pragma names the given rule (id, name, alias; {@code all} for BuildKit). */
  public interface RuleMatcher {
    boolean matches(String code);

    boolean isBuildkitCheck();
  }

  /** The first pragma that silences a finding of {@code rule} at {@code range}, and which code matched. */
  public Match find(RuleMatcher rule, SourceRange range) {
    for (Pragma p : pragmas) {
      if (!p.covers(range)) {
        continue;
      }
      for (String code : p.codes()) {
        boolean all = code.equalsIgnoreCase("all") && p.suppression().syntax() == Suppression.Syntax.BUILDKIT;
        if (all ? rule.isBuildkitCheck() : rule.matches(code)) {
          return new Match(p, code);
        }
      }
    }
    return null;
  }

  public record Match(Pragma pragma, String code) {}
}
