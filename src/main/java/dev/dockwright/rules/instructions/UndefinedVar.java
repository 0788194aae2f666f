package dev.dockwright.rules.instructions;

import dev.dockwright.ast.ArgDeclaration;
import dev.dockwright.ast.Argument;
import dev.dockwright.ast.Flag;
import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.KeyValue;
import dev.dockwright.ast.SourceRange;
import dev.dockwright.ast.Token;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.Expansion;
import dev.dockwright.semantic.NearNames;
import dev.dockwright.semantic.Scope;
import dev.dockwright.semantic.Stage;
import dev.dockwright.semantic.TextSpan;
import dev.dockwright.semantic.VariableBinding;
import dev.dockwright.semantic.VariableReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

@RuleInfo(
    id = "DW3030",
    name = "undefined-var",
    summary = "A variable is used where BuildKit expands it, but is not defined",
    severity = Severity.WARNING,
    category = Category.INSTRUCTIONS,
    aliases = {"UndefinedVar"})
public final class UndefinedVar implements Rule {
  /** Options of COPY and ADD whose values BuildKit expands. */
  private static final Set<String> EXPANDED_FLAGS = Set.of("chown", "chmod", "checksum");

  @Override
  public void check(RuleContext context) {
    for (Stage stage : context.model().stages()) {
      boolean envKnown = startsFromScratch(stage);
      for (Instruction i : stage.instructions()) {
        Scope scope = context.model().context(i).scope();
        if (i instanceof Instruction.Arg arg) {
          for (ArgDeclaration d : arg.declarations()) {
            if (d.defaultValue().isPresent()) {
              checkWord(context, envKnown, scope, d.defaultValue().get());
            }
            scope = scope.with(d.name().text(), VariableBinding.unknown(), Scope.Origin.ARG);
          }
          continue;
        }
        for (Token word : expandedWords(i)) {
          checkWord(context, envKnown, scope, word);
        }
        List<Argument> args = i instanceof Instruction.Copy c ? c.args() : i instanceof Instruction.Add a ? a.args()
            : i instanceof Instruction.Volume v ? v.paths() : List.of();
        boolean json = i instanceof Instruction.Copy c ? c.json() : i instanceof Instruction.Add a ? a.json()
            : i instanceof Instruction.Volume v && v.json();
        for (Argument a : args) {
          if (!a.value().startsWith("<<")) {
            check(context, envKnown, scope, a.value(), span -> Words.locateInInput(a, json, span));
          }
        }
      }
    }
  }

  /** The words BuildKit expands, other than ARG defaults and COPY/ADD arguments. */
  private static List<Token> expandedWords(Instruction i) {
    List<Token> out = new ArrayList<>();
    if (i instanceof Instruction.Copy || i instanceof Instruction.Add) {
      for (Flag f : i.flags()) {
        if (EXPANDED_FLAGS.contains(f.name())) {
          f.valueToken().ifPresent(out::add);
        }
      }
    } else if (i instanceof Instruction.Env env) {
      env.pairs().forEach(kv -> kv.value().ifPresent(out::add));
    } else if (i instanceof Instruction.Label label) {
      for (KeyValue kv : label.pairs()) {
        out.add(kv.key());
        kv.value().ifPresent(out::add);
      }
    } else if (i instanceof Instruction.Expose expose) {
      out.addAll(expose.ports());
    } else if (i instanceof Instruction.User u) {
      u.value().ifPresent(out::add);
    } else if (i instanceof Instruction.Workdir w) {
      w.value().ifPresent(out::add);
    } else if (i instanceof Instruction.Stopsignal s) {
      s.value().ifPresent(out::add);
    }
    return out;
  }

  private static void checkWord(RuleContext context, boolean envKnown, Scope scope, Token word) {
    check(context, envKnown, scope, word.text(), span -> word.subRange(span.start(), span.end()));
  }

  private static void check(RuleContext context, boolean envKnown, Scope scope, String text,
      Function<TextSpan, SourceRange> locate) {
    Expansion e = context.model().expander().expandWord(text, scope);
    for (VariableReference r : e.references()) {
      if (r.binding() != VariableBinding.Kind.UNDEFINED || r.isSpecialParameter() || r.name().equals("PATH")
          || hasDefault(text, r)) {
        continue;
      }
      List<String> names = new ArrayList<>(scope.names());
      names.add("PATH");
      Optional<String> near = NearNames.nearest(r.name(), names);
      if (envKnown) {
        context.report(locate.apply(r.span()), "`$" + r.name() + "` is not defined here, so it expands to an empty"
            + " string" + near.map(n -> ": did you mean `$" + n + "`?").orElse(""));
      } else if (near.isPresent()) {
        context.report(locate.apply(r.span()), "`$" + r.name() + "` is not defined by this Dockerfile: did you mean"
            + " `$" + near.get() + "`? (If the base image sets `" + r.name() + "`, ignore this.)");
      }
    }
  }

  /** {@code ${NAME:-word}}, {@code ${NAME+word}}, {@code ${NAME?msg}}...: the author handles the unset case. */
  private static boolean hasDefault(String text, VariableReference r) {
    int after = r.nameSpan().end();
    if (after >= text.length() || text.charAt(r.span().start() + 1) != '{') {
      return false;
    }
    char op = text.charAt(after);
    return op == ':' || op == '-' || op == '+' || op == '?';
  }

  /**
   * Whether every variable the stage can see comes from this file: its chain of bases ends at {@code scratch}.
   * For other images the base image's ENV is unknown, and only likely typos are reported.
   */
  private static boolean startsFromScratch(Stage stage) {
    for (Optional<Stage> s = Optional.of(stage); s.isPresent(); s = s.get().parent()) {
      if (s.get().base().isScratch()) {
        return true;
      }
    }
    return false;
  }
}
