package dev.dockwright.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.dockwright.ast.Dockerfile;
import dev.dockwright.ast.Instruction;
import dev.dockwright.engine.FileResult;
import dev.dockwright.engine.Finding;
import dev.dockwright.engine.Linter;
import dev.dockwright.engine.RuleDescriptor;
import dev.dockwright.engine.RuleRegistry;
import dev.dockwright.engine.RuleSelection;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Fix;
import dev.dockwright.fix.FixApplier;
import dev.dockwright.parser.DockerfileReader;
import dev.dockwright.parser.SyntaxDiagnostic;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The harness every rule test uses.
 *
 * <p>{@link #check(String)} lints a snippet with only the rule under test and compares its findings with
 * inline markers: a line {@code # expect: ID [L:C-L:C] "message part"} binds to the next instruction; the
 * optional range is relative to that instruction's first line (line 1). Every finding must be claimed by a
 * marker and every marker must claim a finding.
 *
 * <p>{@link #fix(String, String)} and {@link #unsafeFix(String, String)} check a fix as before/after text,
 * then that the result re-parses, is clean for the rule, and that fixing again changes nothing.
 */
public final class RuleTester {
  private static final Pattern MARKER = Pattern.compile(
      "^\\s*# expect: (\\S+)(?: \\[(\\d+):(\\d+)-(\\d+):(\\d+)\\])? \"(.*)\"\\s*$");

  private final RuleDescriptor rule;
  private final Settings settings;

  private RuleTester(RuleDescriptor rule, Settings settings) {
    this.rule = rule;
    this.settings = settings;
  }

  public static RuleTester of(Class<? extends Rule> type) {
    RuleDescriptor d = RuleRegistry.standard().all().stream().filter(r -> r.rule().getClass() == type).findFirst()
        .orElseThrow(() -> new AssertionError(type.getSimpleName() + " is not registered in AllRules"));
    return new RuleTester(d, Settings.defaults());
  }

  public RuleTester with(Settings s) {
    return new RuleTester(rule, s);
  }

  public RuleDescriptor rule() {
    return rule;
  }

  private Linter linter() {
    RuleRegistry registry = RuleRegistry.standard();
    RuleSelection selection = RuleSelection.builder(registry).select(List.of(rule.id())).build();
    // Snippets are not on disk: no .dockerignore beside them (the repository root has one of its own).
    return new Linter(registry, selection, settings, true, t -> {
      throw new AssertionError("rule threw", t);
    }).withDockerignoreLocator(path -> Optional.empty());
  }

  /** Findings of the rule under test (suppressed ones included). */
  public List<Finding> findings(String text) {
    FileResult r = linter().lintText("Dockerfile", text);
    List<Finding> out = r.findings().stream().filter(f -> f.rule().id().equals(rule.id())).toList();
    out.forEach(this::checkDeclaredFix);
    return out;
  }

  private record Marker(int line, String id, int[] range, String message, Instruction target) {}

  /** Lints the snippet and matches findings against its {@code # expect:} markers. */
  public void check(String text) {
    Dockerfile df = DockerfileReader.parse(text).ast();
    List<Marker> markers = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MARKER.matcher(lines[i]);
      if (!m.matches()) {
        continue;
      }
      int line = i + 1;
      Instruction target = df.instructions().stream().filter(ins -> ins.range().startLine() > line).findFirst()
          .orElse(null);
      int[] range = m.group(2) == null ? null : new int[] {Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))};
      markers.add(new Marker(line, m.group(1), range, m.group(6), target));
    }
    List<Finding> findings = new ArrayList<>(findings(text).stream().filter(f -> !f.suppressed()).toList());
    List<String> problems = new ArrayList<>();
    for (Marker mk : markers) {
      Finding claimed = null;
      for (Finding f : findings) {
        if (claims(mk, f)) {
          claimed = f;
          break;
        }
      }
      if (claimed == null) {
        problems.add("marker on line " + mk.line + " (" + mk.id + " \"" + mk.message + "\") matched no finding");
      } else {
        findings.remove(claimed);
      }
    }
    for (Finding f : findings) {
      int instructionLine = df.instructions().stream().filter(i -> i.range().startLine() <= f.range().startLine())
          .reduce((a, b) -> b).map(i -> i.range().startLine()).orElse(1);
      problems.add("unexpected finding " + f.rule().id() + " at " + f.range() + " [relative "
          + (f.range().startLine() - instructionLine + 1) + ":" + f.range().startColumn() + "-"
          + (f.range().endLine() - instructionLine + 1) + ":" + f.range().endColumn() + "] \"" + f.message() + "\"");
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems) + "\n--- in ---\n" + text);
    }
  }

  private boolean claims(Marker mk, Finding f) {
    if (!mk.id.equals(f.rule().id()) && !f.rule().matches(mk.id)) {
      return false;
    }
    if (!f.message().contains(mk.message)) {
      return false;
    }
    if (mk.target == null) {
      return f.range().startLine() > mk.line;
    }
    int base = mk.target.range().startLine();
    if (mk.range != null) {
      return f.range().startLine() - base + 1 == mk.range[0] && f.range().startColumn() == mk.range[1]
          && f.range().endLine() - base + 1 == mk.range[2] && f.range().endColumn() == mk.range[3];
    }
    return f.range().startLine() >= base && f.range().startLine() <= mk.target.range().endLine();
  }

  /**
   * Holds a finding to the rule's declared fix axes: a rule that declares {@code fix = ALWAYS} offers a fix
   * with every finding, one that declares {@code NONE} never does, and each fix's applicability is one the
   * rule lists in {@code fixSafety}.
   */
  private void checkDeclaredFix(Finding f) {
    FixAvailability declared = rule.fix();
    if (f.fix().isEmpty()) {
      assertThat(declared).as("%s declares fix=always but offered none for: %s", rule.label(), f.message())
          .isNotEqualTo(FixAvailability.ALWAYS);
      return;
    }
    Applicability a = f.fix().get().applicability();
    assertThat(declared).as("%s declares fix=none but offered a %s fix", rule.label(), a)
        .isNotEqualTo(FixAvailability.NONE);
    assertThat(rule.fixSafety()).as("%s declares fixSafety=%s but emitted a %s fix", rule.label(), rule.fixSafety(),
        a).contains(a);
  }

  public void fix(String before, String after) {
    fix(before, after, Set.of(Applicability.SAFE));
  }

  /** The rule reports on {@code text} but offers no fix to apply (safe or unsafe). */
  public void noFix(String text) {
    List<Finding> active = findings(text).stream().filter(f -> !f.suppressed()).toList();
    assertThat(active).as("%s reports on\n%s", rule.label(), text).isNotEmpty();
    assertThat(fixesOf(text, Set.of(Applicability.SAFE, Applicability.UNSAFE))).as("%s offers no fix for\n%s",
        rule.label(), text).isEmpty();
  }

  public void unsafeFix(String before, String after) {
    fix(before, after, Set.of(Applicability.SAFE, Applicability.UNSAFE));
  }

  private String applyFixes(String text, Set<Applicability> allowed) {
    return FixApplier.applyUntilStable(text, t -> fixesOf(t, allowed)).text();
  }

  private List<Fix> fixesOf(String text, Set<Applicability> allowed) {
    List<Fix> out = new ArrayList<>();
    for (Finding f : findings(text)) {
      checkDeclaredFix(f);
      if (!f.suppressed() && f.fix().isPresent() && allowed.contains(f.fix().get().applicability())) {
        out.add(f.fix().get());
      }
    }
    return out;
  }

  private void fix(String before, String after, Set<Applicability> allowed) {
    assertThat(fixesOf(before, allowed)).as("%s offers a fix for\n%s", rule.label(), before).isNotEmpty();
    String fixed = applyFixes(before, allowed);
    assertThat(fixed).as("fixed text").isEqualTo(after);
    long errorsBefore = DockerfileReader.parse(before).diagnostics().stream()
        .filter(d -> d.level() == SyntaxDiagnostic.Level.ERROR).count();
    long errorsAfter = DockerfileReader.parse(fixed).diagnostics().stream()
        .filter(d -> d.level() == SyntaxDiagnostic.Level.ERROR).count();
    assertThat(errorsAfter).as("syntax errors after the fix").isLessThanOrEqualTo(errorsBefore);
    assertThat(findings(fixed).stream().filter(f -> !f.suppressed()).map(Finding::message).toList())
        .as("%s still reports after its fix", rule.label()).isEmpty();
    assertThat(applyFixes(fixed, allowed)).as("fixing twice changes nothing").isEqualTo(fixed);
  }
}
