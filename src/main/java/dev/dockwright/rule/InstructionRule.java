package dev.dockwright.rule;

import dev.dockwright.ast.Instruction;

/**
 * A rule that looks at one kind of instruction at a time, wherever it appears (ONBUILD triggers
 * included unless {@link #includesOnbuildTriggers()} says otherwise).
 */
public abstract class InstructionRule<T extends Instruction> implements Rule {
  private final Class<T> type;

  protected InstructionRule(Class<T> type) {
    this.type = type;
  }

  protected boolean includesOnbuildTriggers() {
    return true;
  }

  protected abstract void check(T instruction, RuleContext context);

  @Override
  public final void check(RuleContext context) {
    for (Instruction i : context.ast().instructions()) {
      visit(i, context);
    }
  }

  private void visit(Instruction i, RuleContext context) {
    if (type.isInstance(i)) {
      check(type.cast(i), context);
    }
    if (includesOnbuildTriggers() && i instanceof Instruction.Onbuild ob && ob.trigger().isPresent()) {
      visit(ob.trigger().get(), context);
    }
  }
}
