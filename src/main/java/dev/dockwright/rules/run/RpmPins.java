package dev.dockwright.rules.run;

import dev.dockwright.rule.RuleContext;
import dev.dockwright.shell.PackageManager;
import dev.dockwright.shell.PackageVerb;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** yum, dnf and microdnf write versions the same way: {@code name-version[-release]}. */
final class RpmPins {
  private RpmPins() {}

  /** Groups ({@code @core}, {@code group install "Development Tools"}) and modules have no package version. */
  static final Pins.Style STYLE = new Pins.Style("NAME-<version>", Pins.NONE, true, Pins.ALL, "",
      r -> r.name().startsWith("@"));

  static List<RunScripts.Operation> installs(RuleContext context, Set<PackageManager> managers) {
    return RunScripts.operations(context, managers, EnumSet.of(PackageVerb.INSTALL)).stream()
        .filter(o -> !o.op().rawVerb().contains("group"))
        .toList();
  }
}
