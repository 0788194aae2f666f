package dev.dockwright.rules.systemd;

import dev.dockwright.ast.SourceRange;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.Distro;
import dev.dockwright.semantic.ImageState;
import java.util.Set;

@RuleInfo(
    id = "DW2012",
    name = "init-binary-missing",
    summary = "The init the image starts does not exist on its Debian or Ubuntu base",
    severity = Severity.ERROR,
    category = Category.SYSTEMD,
    fix = FixAvailability.ALWAYS,
    fixSafety = {Applicability.SAFE, Applicability.DISPLAY_ONLY})
public final class InitBinaryMissing implements Rule {
  private static final String SYSTEMD_BINARY = "/lib/systemd/systemd";
  /** The last Debian release whose images do not merge /usr (no /usr/sbin/init, no /usr/lib/systemd/systemd). */
  private static final int LAST_SPLIT_USR_DEBIAN = 11;

  @Override
  public void check(RuleContext context) {
    SystemdPack.Once once = new SystemdPack.Once();
    for (SystemdPack.Target t : SystemdPack.roots(context)) {
      ImageState state = t.state();
      Distro d = state.distro();
      if (state.baseKind() != ImageState.BaseKind.PUBLIC_IMAGE || !d.family().isDebianLike()
          || state.installsUnknownPackages() || t.image().initPath().isEmpty() || t.image().inherited()) {
        continue;
      }
      String path = t.image().initPath().get();
      SourceRange at = t.anchor();
      if (!once.first(at)) {
        continue;
      }
      Set<String> installed = state.installedPackages();
      boolean systemd = installed.contains("systemd") || installed.contains("systemd-sysv")
          || installed.contains("init");
      boolean sysv = installed.contains("systemd-sysv") || installed.contains("init");
      boolean sbinInit = path.equals("/sbin/init") || path.equals("/usr/sbin/init");
      boolean splitUsr = d.family() == Distro.Family.DEBIAN && d.major().isPresent()
          && d.major().getAsInt() <= LAST_SPLIT_USR_DEBIAN;
      String base = "`" + state.base().name() + "`";
      if (!systemd) {
        context.report(at, base + " ships no systemd and the file installs none, so `" + path + "` does not exist:"
            + " install `systemd systemd-sysv`", Fix.displayOnly("Install `systemd systemd-sysv`"));
      } else if (sbinInit && !sysv) {
        context.report(at, "`" + path + "` comes from `systemd-sysv`, which the file does not install: install it,"
            + " or start `" + SYSTEMD_BINARY + "`", Fix.safe("Start `" + SYSTEMD_BINARY + "`",
            SystemdPack.replacePath(context, at, SYSTEMD_BINARY)));
      } else if (splitUsr && path.equals("/usr/sbin/init")) {
        context.report(at, d.displayName() + " has no `/usr/sbin/init` (its /usr is not merged): start"
            + " `/sbin/init`", Fix.safe("Start `/sbin/init`", SystemdPack.replacePath(context, at, "/sbin/init")));
      } else if (splitUsr && path.equals("/usr/lib/systemd/systemd")) {
        context.report(at, d.displayName() + " has no `/usr/lib/systemd/systemd` (its /usr is not merged): start `"
            + SYSTEMD_BINARY + "`", Fix.safe("Start `" + SYSTEMD_BINARY + "`",
            SystemdPack.replacePath(context, at, SYSTEMD_BINARY)));
      }
    }
  }
}
