package dev.dockwright.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dockwright.ast.SourceRange;
import dev.dockwright.engine.FileResult;
import dev.dockwright.engine.Finding;
import dev.dockwright.fix.Edit;
import dev.dockwright.rule.RelatedLocation;
import java.io.IOException;
import java.io.Writer;

/**
 * Machine-readable findings: {@code {"version", "findings": [...], "notifications": [...], "summary"}}.
 * Every finding carries its rule, severity, message, range (1-based, end exclusive), fix with edits
 * (offsets and ranges), and whether and how it was suppressed.
 */
public final class JsonReporter implements Reporter {
  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public void write(LintRun run, Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out).useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeStringField("tool", "dockwright");
    g.writeStringField("version", run.toolVersion());
    g.writeArrayFieldStart("findings");
    for (FileResult r : run.results()) {
      for (Finding f : r.findings()) {
        g.writeStartObject();
        g.writeStringField("path", f.path());
        g.writeStringField("ruleId", f.rule().id());
        g.writeStringField("ruleName", f.rule().name());
        g.writeStringField("severity", f.severity().label());
        g.writeStringField("message", f.message());
        g.writeFieldName("range");
        range(g, f.range());
        if (f.fix().isPresent()) {
          g.writeObjectFieldStart("fix");
          g.writeStringField("title", f.fix().get().title());
          g.writeStringField("applicability", f.fix().get().applicability().name().toLowerCase());
          g.writeArrayFieldStart("edits");
          for (Edit e : f.fix().get().edits()) {
            g.writeStartObject();
            g.writeNumberField("startOffset", e.start());
            g.writeNumberField("endOffset", e.end());
            g.writeFieldName("range");
            range(g, r.parse().ast().source().range(Math.min(e.start(), r.parse().ast().source().length()),
                Math.min(e.end(), r.parse().ast().source().length())));
            g.writeStringField("replacement", e.replacement());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        } else {
          g.writeNullField("fix");
        }
        if (!f.related().isEmpty()) {
          g.writeArrayFieldStart("related");
          for (RelatedLocation rl : f.related()) {
            g.writeStartObject();
            g.writeStringField("message", rl.message());
            g.writeFieldName("range");
            range(g, rl.range());
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        if (f.suppression().isPresent()) {
          g.writeObjectFieldStart("suppression");
          g.writeStringField("kind", f.suppression().get().syntax().name().toLowerCase());
          g.writeStringField("scope", f.suppression().get().scope().name().toLowerCase());
          g.writeStringField("justification", f.suppression().get().justification());
          g.writeEndObject();
        } else {
          g.writeNullField("suppression");
        }
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    g.writeArrayFieldStart("notifications");
    for (LintRun.Notification n : run.notifications()) {
      g.writeStartObject();
      g.writeStringField("path", n.path());
      g.writeStringField("message", n.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    Summary s = Summary.of(run);
    g.writeObjectFieldStart("summary");
    g.writeNumberField("files", s.files());
    g.writeNumberField("findings", s.findings());
    g.writeNumberField("suppressed", s.suppressed());
    g.writeNumberField("exitCode", run.exitCode());
    g.writeEndObject();
    g.writeEndObject();
    g.writeRaw('\n');
    g.flush();
  }

  private static void range(JsonGenerator g, SourceRange r) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("start");
    g.writeNumberField("line", r.startLine());
    g.writeNumberField("column", r.startColumn());
    g.writeEndObject();
    g.writeObjectFieldStart("end");
    g.writeNumberField("line", r.endLine());
    g.writeNumberField("column", r.endColumn());
    g.writeEndObject();
    g.writeEndObject();
  }
}
