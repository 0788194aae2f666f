package dev.dockwright.shell;

import java.util.List;
import java.util.Optional;

/**
 * A {@code systemctl} command.
 *
 * @param verb the first positional ({@code enable}, {@code mask}, {@code start} ...), empty when there is
 *     none or it is computed at run time
 * @param units the positionals after the verb
 * @param flags every option ({@code --now}, {@code --global}, {@code --no-reload}, {@code --root=/x})
 */
public record SystemctlInvocation(
    Invocation invocation, String verb, Optional<Word> verbWord, List<Word> units, List<Option> flags) {

  public SystemctlInvocation {
    units = List.copyOf(units);
    flags = List.copyOf(flags);
  }

  static SystemctlInvocation of(Invocation inv) {
    List<Word> pos = inv.positionals();
    if (pos.isEmpty()) {
      return new SystemctlInvocation(inv, "", Optional.empty(), List.of(), inv.options());
    }
    return new SystemctlInvocation(inv, pos.get(0).literalValue().orElse(""), Optional.of(pos.get(0)),
        pos.subList(1, pos.size()), inv.options());
  }

  public boolean hasFlag(String... names) {
    return flags.stream().anyMatch(o -> o.is(names));
  }

  /** The literal unit names ({@code nginx} stays {@code nginx}; no {@code .service} is added). */
  public List<String> unitNames() {
    return units.stream().map(w -> w.literalValue().orElse(w.raw())).toList();
  }
}
