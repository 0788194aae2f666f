package dev.dockwright.semantic;

import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.Token;
import java.util.List;
import java.util.Optional;

/**
 * One build stage: a FROM and the instructions up to the next FROM.
 *
 * @param name the alias lowercased (BuildKit compares stage names case-insensitively)
 * @param instructions the stage's own instructions after its FROM, in order (ONBUILD instructions included
 *     as written; their triggers are in {@code onbuildTriggers})
 * @param onbuildTriggers the instructions this stage registers with ONBUILD (they run in images built FROM
 *     it)
 * @param inheritedTriggers the ONBUILD triggers of the parent stage, which run first in this stage
 */
public record Stage(
    int index,
    Instruction.From from,
    Optional<String> name,
    Optional<Token> nameToken,
    BaseImage base,
    List<Instruction> instructions,
    List<Instruction> onbuildTriggers,
    List<Instruction> inheritedTriggers) {

  public Stage {
    instructions = List.copyOf(instructions);
    onbuildTriggers = List.copyOf(onbuildTriggers);
    inheritedTriggers = List.copyOf(inheritedTriggers);
  }

  public Optional<Stage> parent() {
    return base.stage();
  }

  /** A label for messages: the stage name, or its index. */
  public String displayName() {
    return name.orElse("#" + index);
  }

  /** The instructions that run when this stage builds: inherited triggers first, then its own. */
  public List<Instruction> effectiveInstructions() {
    if (inheritedTriggers.isEmpty()) {
      return instructions;
    }
    List<Instruction> out = new java.util.ArrayList<>(inheritedTriggers);
    out.addAll(instructions);
    return List.copyOf(out);
  }

  @SuppressWarnings("unchecked")
  public <T extends Instruction> List<T> instructions(Class<T> type) {
    return (List<T>) instructions.stream().filter(type::isInstance).toList();
  }

  /** Stages are compared by identity: hashing a stage's whole instruction list made sets of stages quadratic. */
  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  @Override
  public String toString() {
    return "Stage[" + displayName() + " FROM " + base.name() + "]";
  }
}
