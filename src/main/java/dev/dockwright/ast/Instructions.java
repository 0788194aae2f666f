package dev.dockwright.ast;

import java.util.ArrayList;
import java.util.List;

/** Walking instructions with their ONBUILD triggers, at every depth ({@code ONBUILD ONBUILD RUN ...}). */
public final class Instructions {
  private Instructions() {}

  /** The trigger of an ONBUILD, the trigger of that trigger when it is an ONBUILD again, and so on. */
  public static List<Instruction> triggers(Instruction instruction) {
    List<Instruction> out = new ArrayList<>();
    Instruction at = instruction;
    while (at instanceof Instruction.Onbuild ob && ob.trigger().isPresent()) {
      at = ob.trigger().get();
      out.add(at);
    }
    return out;
  }

  /** Every instruction in order, each followed by its triggers at every depth. */
  public static List<Instruction> withTriggers(List<Instruction> instructions) {
    List<Instruction> out = new ArrayList<>(instructions.size());
    for (Instruction i : instructions) {
      out.add(i);
      out.addAll(triggers(i));
    }
    return out;
  }

  /**
   * What an instruction does: itself, or for an ONBUILD the instruction it finally triggers (the innermost
   * trigger of {@code ONBUILD ONBUILD COPY ...}); an ONBUILD without a trigger is itself.
   */
  public static Instruction effective(Instruction instruction) {
    List<Instruction> t = triggers(instruction);
    return t.isEmpty() ? instruction : t.get(t.size() - 1);
  }
}
