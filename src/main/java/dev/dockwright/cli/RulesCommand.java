package dev.dockwright.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dockwright.engine.RuleDescriptor;
import dev.dockwright.engine.RuleRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code dockwright rules}: every rule with id, name, aliases, severity and fix kind. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Versions.class,
    description = "List every rule: id, name, aliases, default severity, fix kind.")
final class RulesCommand implements Callable<Integer> {
  enum Format { text, json, markdown }

  @Option(names = "--format", defaultValue = "text", description = "text, json or markdown. Default: ${DEFAULT-VALUE}.")
  Format format;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    var rules = RuleRegistry.standard().all();
    switch (format) {
      case text -> {
        for (RuleDescriptor d : rules) {
          out.printf(Locale.ROOT, "%-7s %-36s %-8s %-28s %s%s%n", d.id(), d.name(), d.severity().label(),
              "fix: " + d.fixSummary(),
              d.aliases().isEmpty() ? "" : String.join(",", d.aliases()) + "  ",
              d.enabledByDefault() ? "" : "(off by default)");
        }
      }
      case markdown -> {
        out.println("| ID | Name | Severity | Fix | Aliases | Summary |");
        out.println("|---|---|---|---|---|---|");
        for (RuleDescriptor d : rules) {
          out.println("| " + d.id() + " | [" + d.name() + "](rules/" + d.id() + "-" + d.name() + ".md) | "
              + d.severity().label() + (d.enabledByDefault() ? "" : " (off)") + " | "
              + d.fixSummary() + " | "
              + String.join(", ", d.aliases()) + " | " + d.summary().replace("|", "\\|") + " |");
        }
      }
      case json -> {
        JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
        g.writeStartArray();
        for (RuleDescriptor d : rules) {
          g.writeStartObject();
          g.writeStringField("id", d.id());
          g.writeStringField("name", d.name());
          g.writeStringField("summary", d.summary());
          g.writeStringField("severity", d.severity().label());
          g.writeStringField("category", d.category().name().toLowerCase(Locale.ROOT));
          g.writeStringField("fix", d.fix().name().toLowerCase(Locale.ROOT));
          g.writeArrayFieldStart("fixSafety");
          for (var a : d.fixSafety()) {
            g.writeString(a.name().toLowerCase(Locale.ROOT).replace('_', '-'));
          }
          g.writeEndArray();
          g.writeBooleanField("enabledByDefault", d.enabledByDefault());
          g.writeArrayFieldStart("aliases");
          for (String a : d.aliases()) {
            g.writeString(a);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("options");
          for (var o : d.options()) {
            g.writeStartObject();
            g.writeStringField("name", o.name());
            g.writeStringField("type", o.type().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (!o.defaultValue().isEmpty()) {
              g.writeStringField("default", o.defaultValue());
            }
            g.writeStringField("summary", o.summary());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
        g.flush();
        out.println();
      }
    }
    out.flush();
    return Main.EXIT_CLEAN;
  }
}
