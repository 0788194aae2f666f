package dev.dockwright.lsp;

import dev.dockwright.ast.Instruction;
import dev.dockwright.engine.Linter;
import dev.dockwright.engine.RuleRegistry;
import dev.dockwright.engine.RuleSelection;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.RelatedLocation;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Settings;
import dev.dockwright.rule.Severity;
import dev.dockwright.rules.AllRules;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/** A settings provider the tests steer: what a config loader would do, reduced to a switch. */
final class TestSettings implements WorkspaceSettingsProvider {
  final List<List<URI>> reloads = new CopyOnWriteArrayList<>();
  private volatile Supplier<Linter> linter;
  private volatile Supplier<Linter> afterReload;

  TestSettings(Supplier<Linter> linter) {
    this.linter = linter;
    this.afterReload = linter;
  }

  /** The standard rules plus the test rules below, with some rules ignored. */
  static Linter linter(String... ignored) {
    List<Rule> rules = new ArrayList<>(AllRules.create());
    rules.add(new RepeatedCmd());
    rules.add(new SlowWhenAsked());
    RuleRegistry registry = new RuleRegistry(rules);
    return new Linter(registry, RuleSelection.builder(registry).ignore(List.of(ignored)).build(),
        Settings.defaults(), true, t -> { });
  }

  /** What the next {@link #reload} switches to. */
  TestSettings onReload(Supplier<Linter> next) {
    this.afterReload = next;
    return this;
  }

  @Override
  public Linter linterFor(URI document) {
    return linter.get();
  }

  @Override
  public void reload(List<URI> changedConfigFiles) {
    reloads.add(changedConfigFiles);
    linter = afterReload;
  }

  /** A finding with a related location: each CMD after the first points back at the first. */
  @RuleInfo(id = "DW9901", name = "test-repeated-cmd", summary = "Only the last CMD counts",
      severity = Severity.WARNING, category = Category.INSTRUCTIONS)
  static final class RepeatedCmd implements Rule {
    @Override
    public void check(RuleContext context) {
      Instruction first = null;
      for (Instruction i : context.ast().instructions()) {
        if (i instanceof Instruction.Cmd) {
          if (first == null) {
            first = i;
          } else {
            context.report(i.keyword().range(), "another `CMD`: only the last one counts", null,
                List.of(new RelatedLocation(first.keyword().range(), "the earlier `CMD`")));
          }
        }
      }
    }
  }

  /** Takes its time on a file with a {@code # slow} comment, so a test can change the file mid-lint. */
  @RuleInfo(id = "DW9902", name = "test-slow", summary = "Slow on request", severity = Severity.INFO,
      category = Category.META)
  static final class SlowWhenAsked implements Rule {
    @Override
    public void check(RuleContext context) {
      if (context.ast().comments().stream().anyMatch(c -> c.text().equals("slow"))) {
        try {
          Thread.sleep(1500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        context.report(context.source().range(0, 0), "this was the slow version");
      }
    }
  }
}
