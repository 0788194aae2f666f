package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.Token;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.InstructionRule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.Expansion;

@RuleInfo(
    id = "DW3018",
    name = "expose-port-out-of-range",
    summary = "An EXPOSE port is not a number from 0 to 65535",
    severity = Severity.ERROR,
    category = Category.INSTRUCTIONS,
    aliases = {"DL3011"})
public final class ExposePortOutOfRange extends InstructionRule<Instruction.Expose> {
  public ExposePortOutOfRange() {
    super(Instruction.Expose.class);
  }

  @Override
  protected void check(Instruction.Expose expose, RuleContext context) {
    for (Token port : expose.ports()) {
      Expansion e = context.model().expand(expose, port.text());
      if (!e.known() || context.settings().hadolintCompat() && !e.references().isEmpty()) {
        continue; // hadolint's DL3011 (compat: hadolint) does not read ports through variables
      }
      for (String word : e.value().trim().split("\\s+")) {
        if (word.isEmpty()) {
          continue;
        }
        PortSpec spec = PortSpec.parse(word);
        String problem = rangeProblem(spec.containerPort());
        if (problem != null) {
          context.report(port.range(), problem + Words.resolution(port.text(), e));
        }
      }
    }
  }

  private static String rangeProblem(String ports) {
    String[] bounds = ports.split("-", -1);
    if (bounds.length > 2) {
      return "`" + ports + "` is not a port or a port range (`8000-8010`)";
    }
    for (String b : bounds) {
      if (b.isEmpty() || !b.chars().allMatch(Character::isDigit)) {
        return "`" + ports + "` is not a port number: ports are numbers from 0 to 65535";
      }
      if (b.length() > 5 || Integer.parseInt(b) > 65535) {
        return "port `" + b + "` is out of range: ports are numbers from 0 to 65535";
      }
    }
    if (bounds.length == 2 && Integer.parseInt(bounds[1]) < Integer.parseInt(bounds[0])) {
      return "port range `" + ports + "` ends before it starts";
    }
    return null;
  }
}
