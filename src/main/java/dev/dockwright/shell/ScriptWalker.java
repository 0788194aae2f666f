package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Visits every command node of a script, including those inside command substitutions (but not the
 * scripts of {@code sh -c}, which are parsed later by {@link Invocations}), with the context rules need.
 * Recursion depth is bounded by the parser's nesting limit.
 */
final class ScriptWalker {

  /**
   * @param owner the script (top-level or a command substitution's) whose text the command is part of
   * @param failureMasked the command's failure cannot fail the script: it is followed by {@code || true}
   *     or {@code || :}, directly or through an enclosing compound command
   * @param inCondition the command is an {@code if}/{@code while}/{@code until} condition or negated with {@code !}
   * @param scope the innermost subshell or command substitution containing it, where {@code set} changes stop
   */
  record Context(
      ShellScript owner, boolean inCommandSubstitution, boolean failureMasked, boolean inCondition,
      Optional<SourceRange> scope) {

    Context withOwner(ShellScript script, SourceRange substitution) {
      return new Context(script, true, failureMasked, inCondition, Optional.of(substitution));
    }

    Context masked(boolean masked) {
      return new Context(owner, inCommandSubstitution, failureMasked || masked, inCondition, scope);
    }

    Context condition() {
      return new Context(owner, inCommandSubstitution, failureMasked, true, scope);
    }

    Context scoped(SourceRange range) {
      return new Context(owner, inCommandSubstitution, failureMasked, inCondition, Optional.of(range));
    }
  }

  record Visit(Command command, Context context) {}

  private final List<Visit> visits = new ArrayList<>();

  private ScriptWalker() {}

  static List<Visit> walk(ShellScript script) {
    return walk(script, new Context(script, false, false, false, Optional.empty()));
  }

  static List<Visit> walk(ShellScript script, Context context) {
    ScriptWalker walker = new ScriptWalker();
    walker.statements(script.statements(), context);
    return walker.visits;
  }

  private void statements(List<Statement> statements, Context ctx) {
    for (Statement statement : statements) {
      command(statement.command(), ctx);
    }
  }

  private void command(Command command, Context ctx) {
    visits.add(new Visit(command, ctx));
    if (command instanceof SimpleCommand c) {
      for (Assignment a : c.assignments()) {
        word(a.value(), ctx);
        a.arrayElements().forEach(w -> word(w, ctx));
      }
      c.words().forEach(w -> word(w, ctx));
      redirections(c.redirections(), ctx);
    } else if (command instanceof AndOrList list) {
      boolean[] masked = maskedByFallback(list);
      for (int i = 0; i < list.commands().size(); i++) {
        command(list.commands().get(i), ctx.masked(masked[i]));
      }
    } else if (command instanceof Pipeline p) {
      Context inner = p.negated() ? ctx.condition() : ctx;
      p.commands().forEach(c -> command(c, inner));
    } else if (command instanceof Subshell sub) {
      statements(sub.body(), ctx.scoped(sub.range()));
      redirections(sub.redirections(), ctx);
    } else if (command instanceof BraceGroup group) {
      statements(group.body(), ctx);
      redirections(group.redirections(), ctx);
    } else if (command instanceof IfCommand ifc) {
      for (IfCommand.Branch branch : ifc.branches()) {
        statements(branch.condition(), ctx.condition());
        statements(branch.body(), ctx);
      }
      statements(ifc.elseBody(), ctx);
      redirections(ifc.redirections(), ctx);
    } else if (command instanceof ForCommand loop) {
      loop.items().forEach(w -> word(w, ctx));
      statements(loop.body(), ctx);
      redirections(loop.redirections(), ctx);
    } else if (command instanceof ArithmeticForCommand loop) {
      statements(loop.body(), ctx);
      redirections(loop.redirections(), ctx);
    } else if (command instanceof WhileCommand loop) {
      statements(loop.condition(), ctx.condition());
      statements(loop.body(), ctx);
      redirections(loop.redirections(), ctx);
    } else if (command instanceof CaseCommand cc) {
      word(cc.subject(), ctx);
      for (CaseCommand.Item item : cc.items()) {
        item.patterns().forEach(w -> word(w, ctx));
        statements(item.body(), ctx);
      }
      redirections(cc.redirections(), ctx);
    } else if (command instanceof FunctionDefinition f) {
      command(f.body(), ctx);
    } else if (command instanceof ArithmeticCommand a) {
      redirections(a.redirections(), ctx);
    }
  }

  /**
   * After a failure the shell skips {@code &&} commands up to the next {@code ||} and runs what follows
   * it, so a command is masked when that fallback is {@code true} or {@code :}. Computed right to left in
   * one pass so long chains stay linear.
   */
  static boolean[] maskedByFallback(AndOrList list) {
    int n = list.commands().size();
    boolean[] masked = new boolean[n];
    boolean nextFallbackMasks = false;
    for (int i = n - 2; i >= 0; i--) {
      if (list.operators().get(i).text().equals("||")) {
        nextFallbackMasks = isNoOpSuccess(list.commands().get(i + 1));
      }
      masked[i] = nextFallbackMasks;
    }
    return masked;
  }

  private static boolean isNoOpSuccess(Command command) {
    if (command instanceof SimpleCommand simple && !simple.words().isEmpty()) {
      Optional<String> name = simple.words().get(0).literalValue();
      return name.isPresent() && (name.get().equals("true") || name.get().equals(":"));
    }
    return false;
  }

  private void redirections(List<Redirection> redirections, Context ctx) {
    redirections.forEach(r -> word(r.target(), ctx));
  }

  private void word(Word word, Context ctx) {
    parts(word.parts(), ctx);
  }

  private void parts(List<WordPart> parts, Context ctx) {
    for (WordPart part : parts) {
      if (part instanceof WordPart.CommandSubstitution sub) {
        statements(sub.script().statements(), ctx.withOwner(sub.script(), sub.range()));
      } else if (part instanceof WordPart.DoubleQuoted dq) {
        parts(dq.parts(), ctx);
      } else if (part instanceof WordPart.ParameterExpansion pe && pe.operand().isPresent()) {
        word(pe.operand().get(), ctx);
      }
    }
  }
}
