package dev.dockwright.rules.run;

import dev.dockwright.ast.ArgDeclaration;
import dev.dockwright.ast.Instruction;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.semantic.Scope;
import dev.dockwright.shell.PackageManager;
import dev.dockwright.shell.PackageRef;
import dev.dockwright.shell.PackageVerb;
import dev.dockwright.shell.PinKind;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** yum, dnf and microdnf write versions the same way: {@code name-version[-release]}. */
final class RpmPins {
  private RpmPins() {}

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern HADOLINT_VERSION_PART = Pattern.compile("[A-Za-z0-9.~^_:+]*");

  /**
   * Groups ({@code @core}, {@code group install "Development Tools"}) and modules have no package version.
   * hadolint looks only at {@code install} and reads any dash-separated tail of version characters with a
   * part starting with a digit as a version, so {@code java-1.8.0-openjdk} passes there.
   */
  static final Pins.Style STYLE = Pins.Style.of("NAME-<version>")
      .skipping(r -> r.name().startsWith("@"))
      .hadolintPins((op, r) -> !op.rawVerb().equals("install") || hadolintVersionLike(Pins.written(r)));

  /** The install operations of {@code managers}, checked; with {@code compat: hadolint}, as hadolint does. */
  static void check(RuleContext context, Set<PackageManager> managers) {
    List<RunScripts.Operation> installs = RunScripts.operations(context, managers, EnumSet.of(PackageVerb.INSTALL))
        .stream()
        .filter(o -> !o.op().rawVerb().contains("group"))
        .toList();
    Pins.check(context, installs, STYLE);
    if (context.settings().hadolintCompat()) {
      reportUndeclaredVersionVariables(context, installs);
    }
  }

  private static boolean hadolintVersionLike(String text) {
    String[] parts = text.split("-", -1);
    if (parts.length < 2) {
      return false;
    }
    if (text.endsWith(".rpm")) {
      return true;
    }
    boolean digit = false;
    for (int i = 1; i < parts.length; i++) {
      if (!HADOLINT_VERSION_PART.matcher(parts[i]).matches()) {
        return false;
      }
      digit |= !parts[i].isEmpty() && Character.isDigit(parts[i].charAt(0));
    }
    return digit;
  }

  /**
   * hadolint's reading of {@code git-core-${version}}: pinned only when {@code version} is declared by an ARG
   * anywhere above (in any stage) or by an ENV of this stage or the stage it is built from. dockwright's
   * own verdict is pinned: the base image may set the variable ({@code FROM nginx} sets NGINX_VERSION).
   */
  private static void reportUndeclaredVersionVariables(RuleContext context, List<RunScripts.Operation> installs) {
    for (RunScripts.Operation operation : installs) {
      Scope scope = operation.where().context().scope();
      Set<String> args = argsAbove(context, operation.where().run());
      for (PackageRef ref : operation.op().packages()) {
        if (ref.pinKind() != PinKind.EXACT || !ref.version().contains("$")) {
          continue;
        }
        Matcher m = VARIABLE.matcher(ref.version());
        boolean named = false;
        boolean declared = false;
        while (m.find()) {
          named = true;
          Scope.Origin origin = scope.originOf(m.group(1));
          declared |= args.contains(m.group(1)) || origin == Scope.Origin.ENV || origin == Scope.Origin.INHERITED_ENV;
        }
        if (named && !declared) {
          context.report(Pins.partOf(context, ref.word(), ref.version()), "`" + ref.version() + "` is set by no "
              + "ARG above and no ENV of this stage: write `" + STYLE.exact(ref.name()) + "`");
        }
      }
    }
  }

  private static Set<String> argsAbove(RuleContext context, Instruction.Run run) {
    Set<String> names = new HashSet<>();
    for (Instruction i : context.ast().instructions()) {
      if (i.range().startOffset() >= run.range().startOffset()) {
        break;
      }
      if (i instanceof Instruction.Arg arg) {
        for (ArgDeclaration d : arg.declarations()) {
          names.add(d.name().text());
        }
      }
    }
    return names;
  }
}
