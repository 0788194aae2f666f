package dev.dockwright.rules.systemd;

import dev.dockwright.ast.SourceRange;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.CgroupEra;
import dev.dockwright.semantic.RunNotes;
import java.util.Optional;

@RuleInfo(
    id = "DW2022",
    name = "run-note-cgroup-ro-on-v2",
    summary = "A documented run line mounts `/sys/fs/cgroup` read-only, which fails on cgroup v2 hosts",
    severity = Severity.WARNING,
    category = Category.SYSTEMD,
    fix = FixAvailability.ALWAYS,
    fixSafety = Applicability.SAFE)
public final class RunNoteCgroupRoOnV2 implements Rule {
  @Override
  public void check(RuleContext context) {
    SystemdPack.Once once = new SystemdPack.Once();
    for (SystemdPack.Target t : SystemdPack.targets(context)) {
      if (t.image().era() != CgroupEra.V2) {
        continue;
      }
      for (RunNotes.Note note : t.state().runNotes()) {
        Optional<int[]> span = note.cgroupReadOnlyMount();
        if (span.isEmpty()) {
          continue;
        }
        SourceRange at = note.rangeOf(span.get()[0], span.get()[1]);
        if (!once.first(at)) {
          continue;
        }
        String written = note.text().substring(span.get()[0], span.get()[1]);
        boolean flag = written.startsWith("-");
        String replacement = flag
            ? (note.setsCgroupnsHost() ? "" : "--cgroupns=host ") + "-v /sys/fs/cgroup:/sys/fs/cgroup:rw"
            : "/sys/fs/cgroup:/sys/fs/cgroup:rw";
        context.report(at, "this run line mounts `/sys/fs/cgroup` read-only, which fails on a cgroup v2 host"
            + " (\"Read-only file system\") " + SystemdPack.eraNote(context, t.image()) + ": use `" + replacement
            + "`", Fix.safe("Write the cgroup v2 run line", Edit.replace(at, replacement)));
      }
    }
  }
}
