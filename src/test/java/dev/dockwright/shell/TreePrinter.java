package dev.dockwright.shell;

import java.util.List;
import java.util.stream.Collectors;

/** A compact S-expression rendering of a script's command tree, so structure tests read as one line. */
final class TreePrinter {
  private TreePrinter() {}

  static String print(ShellScript script) {
    return statements(script.statements());
  }

  static String statements(List<Statement> statements) {
    return statements.stream()
        .map(s -> command(s.command()) + (s.runsInBackground() ? " &" : ""))
        .collect(Collectors.joining("; "));
  }

  static String command(Command command) {
    if (command instanceof SimpleCommand c) {
      StringBuilder sb = new StringBuilder("[");
      StringBuilder inner = new StringBuilder();
      c.assignments().forEach(a -> inner.append(' ').append(a.name()).append(a.append() ? "+=" : "=")
          .append(a.isArray() ? "(" + Scripts.raws(a.arrayElements()).stream().collect(Collectors.joining(" ")) + ")"
              : a.value().raw()));
      c.words().forEach(w -> inner.append(' ').append(w.raw()));
      redirections(c.redirections(), inner);
      return sb.append(inner.toString().trim()).append(']').toString();
    }
    if (command instanceof AndOrList l) {
      StringBuilder sb = new StringBuilder("(");
      for (int i = 0; i < l.commands().size(); i++) {
        if (i > 0) {
          sb.append(' ').append(l.operators().get(i - 1).text()).append(' ');
        }
        sb.append(command(l.commands().get(i)));
      }
      return sb.append(')').toString();
    }
    if (command instanceof Pipeline p) {
      StringBuilder sb = new StringBuilder(p.negated() ? "(! " : "(");
      for (int i = 0; i < p.commands().size(); i++) {
        if (i > 0) {
          sb.append(' ').append(p.operators().get(i - 1).text()).append(' ');
        }
        sb.append(command(p.commands().get(i)));
      }
      return sb.append(')').toString();
    }
    if (command instanceof Subshell s) {
      return "(subshell " + statements(s.body()) + ")" + redirections(s.redirections());
    }
    if (command instanceof BraceGroup g) {
      return "{" + statements(g.body()) + "}" + redirections(g.redirections());
    }
    if (command instanceof IfCommand i) {
      StringBuilder sb = new StringBuilder("(if ");
      for (int k = 0; k < i.branches().size(); k++) {
        if (k > 0) {
          sb.append(" elif ");
        }
        sb.append(statements(i.branches().get(k).condition())).append(" then ")
            .append(statements(i.branches().get(k).body()));
      }
      if (!i.elseBody().isEmpty()) {
        sb.append(" else ").append(statements(i.elseBody()));
      }
      return sb.append(")").append(redirections(i.redirections())).toString();
    }
    if (command instanceof ForCommand f) {
      return "(for " + f.variable() + (f.hasInClause() ? " in " + String.join(" ", Scripts.raws(f.items())) : "")
          + " do " + statements(f.body()) + ")";
    }
    if (command instanceof ArithmeticForCommand f) {
      return "(for ((" + f.header() + ")) do " + statements(f.body()) + ")";
    }
    if (command instanceof WhileCommand w) {
      return "(" + (w.until() ? "until " : "while ") + statements(w.condition()) + " do " + statements(w.body())
          + ")";
    }
    if (command instanceof CaseCommand c) {
      return "(case " + c.subject().raw() + " " + c.items().stream()
          .map(it -> (String.join("|", Scripts.raws(it.patterns())) + ") " + statements(it.body())).trim() + " "
              + it.terminator())
          .map(String::trim)
          .collect(Collectors.joining(" ")) + ")";
    }
    if (command instanceof FunctionDefinition f) {
      return "(function " + f.name() + " " + command(f.body()) + ")";
    }
    if (command instanceof ArithmeticCommand a) {
      return "((" + a.expression() + "))";
    }
    throw new IllegalArgumentException(command.toString());
  }

  private static String redirections(List<Redirection> redirections) {
    StringBuilder sb = new StringBuilder();
    redirections(redirections, sb);
    return sb.toString();
  }

  private static void redirections(List<Redirection> redirections, StringBuilder sb) {
    for (Redirection r : redirections) {
      sb.append(' ').append(r.fileDescriptor()).append(r.operator()).append(r.target().raw());
    }
  }
}
