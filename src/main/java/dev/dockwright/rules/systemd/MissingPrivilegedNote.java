package dev.dockwright.rules.systemd;

import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.CgroupEra;
import dev.dockwright.semantic.RunNotes;

@RuleInfo(
    id = "DW2000",
    name = "missing-privileged-note",
    summary = "A systemd image should document how it must be run: `--privileged` and the cgroup mount",
    severity = Severity.WARNING,
    category = Category.SYSTEMD,
    fix = FixAvailability.SOMETIMES,
    fixSafety = Applicability.SAFE)
public final class MissingPrivilegedNote implements Rule {
  static final String V1_RUN_LINE = "docker run -d --privileged -v /sys/fs/cgroup:/sys/fs/cgroup:ro IMAGE";
  static final String V2_RUN_LINE = "docker run -d --privileged --cgroupns=host -v /sys/fs/cgroup:/sys/fs/cgroup:rw"
      + " --tmpfs /run --tmpfs /run/lock IMAGE";

  @Override
  public void check(RuleContext context) {
    for (SystemdPack.Target t : SystemdPack.roots(context)) {
      if (t.state().runNotes().stream().anyMatch(MissingPrivilegedNote::documentsPrivileges)
          || t.state().inheritedRunNotes().stream().anyMatch(MissingPrivilegedNote::documentsPrivileges)) {
        continue;
      }
      String message = "nothing says how to run this systemd image: systemd as PID 1 needs `--privileged` and the"
          + " host's cgroup file system " + SystemdPack.eraNote(context, t.image());
      if (!t.state().baseVisible()) {
        // A LABEL RUN of the base would be inherited.
        context.reportAtMost(Severity.INFO, t.anchor(), message + "; " + t.state().notVisibleHint(), null);
        continue;
      }
      boolean v1 = t.image().era() == CgroupEra.V1;
      String lines = "# systemd runs as PID 1: it needs --privileged and the host's cgroup file system ("
          + (v1 ? "cgroup v1 host" : "cgroup v2 host; Podman sets this up by itself") + ")\n"
          + "LABEL RUN=\"" + (v1 ? V1_RUN_LINE : V2_RUN_LINE) + "\"";
      context.report(t.anchor(), message,
          Fix.safe("Add a run note with `LABEL RUN`", SystemdPack.insertBeforeInit(context, t, lines)));
    }
  }

  /** A LABEL run line that grants the privileges, or a comment that states them or the cgroup mount. */
  private static boolean documentsPrivileges(RunNotes.Note note) {
    return note.grantsPrivileges() || note.comment().isPresent() && note.mentionsCgroupMount();
  }
}
