package dev.dockwright.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dockwright.ast.LogicalText;
import dev.dockwright.ast.SourceRange;
import dev.dockwright.ast.SourceText;
import dev.dockwright.ast.Token;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Writes AST (and model) records as JSON for tools: every record becomes an object with a {@code "type"}
 * and its components; ranges as {@code {start:{line,column,offset}, end:{...}}}; tokens as text + range.
 * Generic over records, so a new AST node needs no serializer code.
 */
public final class AstJsonWriter {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final int MAX_DEPTH = 64;

  private final JsonGenerator gen;

  public AstJsonWriter(Writer out) throws IOException {
    this.gen = FACTORY.createGenerator(out).useDefaultPrettyPrinter();
  }

  public JsonGenerator generator() {
    return gen;
  }

  public void write(Object value) throws IOException {
    value(value, 0);
  }

  public void flush() throws IOException {
    gen.flush();
  }

  private void value(Object v, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      gen.writeString("...");
      return;
    }
    if (v == null) {
      gen.writeNull();
    } else if (v instanceof Optional<?> o) {
      value(o.orElse(null), depth);
    } else if (v instanceof String s) {
      gen.writeString(s);
    } else if (v instanceof Character c) {
      gen.writeString(String.valueOf(c));
    } else if (v instanceof Boolean b) {
      gen.writeBoolean(b);
    } else if (v instanceof Integer i) {
      gen.writeNumber(i);
    } else if (v instanceof Long l) {
      gen.writeNumber(l);
    } else if (v instanceof Number n) {
      gen.writeNumber(n.doubleValue());
    } else if (v instanceof Enum<?> e) {
      gen.writeString(e.name());
    } else if (v instanceof SourceRange r) {
      range(r);
    } else if (v instanceof Token t) {
      gen.writeStartObject();
      gen.writeStringField("text", t.text());
      gen.writeFieldName("range");
      range(t.range());
      gen.writeEndObject();
    } else if (v instanceof LogicalText lt) {
      gen.writeStartObject();
      gen.writeStringField("text", lt.text());
      gen.writeFieldName("range");
      range(lt.range(0, lt.length()));
      gen.writeEndObject();
    } else if (v instanceof SourceText) {
      gen.writeNull();
    } else if (v instanceof Collection<?> c) {
      gen.writeStartArray();
      for (Object o : c) {
        value(o, depth + 1);
      }
      gen.writeEndArray();
    } else if (v instanceof Map<?, ?> m) {
      gen.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        gen.writeFieldName(String.valueOf(e.getKey()));
        value(e.getValue(), depth + 1);
      }
      gen.writeEndObject();
    } else if (v.getClass().isRecord()) {
      record(v, depth);
    } else {
      gen.writeString(v.toString());
    }
  }

  private void record(Object v, int depth) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("type", v.getClass().getSimpleName());
    for (RecordComponent rc : v.getClass().getRecordComponents()) {
      Object child;
      try {
        child = rc.getAccessor().invoke(v);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + rc.getName(), e);
      }
      if (child instanceof SourceText) {
        continue;
      }
      gen.writeFieldName(rc.getName());
      value(child, depth + 1);
    }
    gen.writeEndObject();
  }

  private void range(SourceRange r) throws IOException {
    gen.writeStartObject();
    gen.writeObjectFieldStart("start");
    gen.writeNumberField("line", r.startLine());
    gen.writeNumberField("column", r.startColumn());
    gen.writeNumberField("offset", r.startOffset());
    gen.writeEndObject();
    gen.writeObjectFieldStart("end");
    gen.writeNumberField("line", r.endLine());
    gen.writeNumberField("column", r.endColumn());
    gen.writeNumberField("offset", r.endOffset());
    gen.writeEndObject();
    gen.writeEndObject();
  }
}
