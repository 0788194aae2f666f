package dev.dockwright.cli;

import dev.dockwright.engine.RuleDescriptor;
import dev.dockwright.engine.RulePages;
import dev.dockwright.engine.RuleRegistry;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code dockwright explain RULE}: the rule's page. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Versions.class,
    description = "Print a rule's page: what it checks, why, examples, the fix.")
final class ExplainCommand implements Callable<Integer> {
  @Parameters(paramLabel = "RULE", description = "A rule id, name or alias (e.g. DW2001, missing-stopsignal,"
      + " DL3008).")
  String rule;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    RuleRegistry registry = RuleRegistry.standard();
    RuleDescriptor d = registry.find(rule).orElseThrow(() -> new UsageError("unknown rule '" + rule + "'"
        + registry.suggest(rule).map(s -> "; did you mean '" + s + "'?").orElse("; see 'dockwright rules'")));
    PrintWriter out = spec.commandLine().getOut();
    out.println("# " + d.id() + " " + d.name());
    out.println();
    out.println(d.summary());
    out.println();
    out.println("Severity: " + d.severity().label() + (d.enabledByDefault() ? "" : " (off by default)")
        + " · Category: " + d.category().name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + " · Fix: " + d.fixSummary()
        + (d.aliases().isEmpty() ? "" : " · Aliases: " + String.join(", ", d.aliases())));
    out.println();
    String page = RulePages.markdown(d).orElse("(no page)");
    String body = page.startsWith("# ") ? page.substring(page.indexOf('\n') + 1).stripLeading() : page;
    out.print(body.endsWith("\n") ? body : body + "\n");
    out.flush();
    return Main.EXIT_CLEAN;
  }
}
