package dev.dockwright.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.dockwright.ast.ArgDeclaration;
import dev.dockwright.ast.Flag;
import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.Token;
import dev.dockwright.semantic.BaseImage;
import dev.dockwright.semantic.DockerfileModel;
import dev.dockwright.semantic.Expansion;
import dev.dockwright.semantic.ImageReference;
import dev.dockwright.semantic.InstructionContext;
import dev.dockwright.semantic.Scope;
import dev.dockwright.semantic.Stage;
import dev.dockwright.semantic.VariableBinding;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the semantic model of a file as JSON for tools ({@code dockwright parse --format json}): the
 * global ARGs, every stage with what it is built from, and for every instruction its stage and the
 * variables it sees. A value that cannot be known statically (a build argument, a base image's
 * environment) is {@code null}; ranges have the AST's shape.
 *
 * <pre>
 * { "globalArgs": [ {"name", "default", "value", "range"} ],
 *   "stages": [ {"index", "name", "base": {"text", "name", "known", "stage", "image", "range"},
 *                "parent", "platform": {"text", "value", "known"} | null, "range"} ],
 *   "instructions": [ {"keyword", "range", "stage", "shell", "user", "workdir", "variables": {NAME: value}} ] }
 * </pre>
 */
public final class ModelJsonWriter {
  private final AstJsonWriter ast;
  private final JsonGenerator gen;

  /** Writes through {@code ast}'s generator, so ranges look the same in the model as in the AST. */
  public ModelJsonWriter(AstJsonWriter ast) {
    this.ast = ast;
    this.gen = ast.generator();
  }

  public void write(DockerfileModel model) throws IOException {
    gen.writeStartObject();
    gen.writeArrayFieldStart("globalArgs");
    for (Instruction.Arg arg : model.globalArgs()) {
      for (ArgDeclaration d : arg.declarations()) {
        globalArg(model, d);
      }
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("stages");
    for (Stage stage : model.stages()) {
      stage(model, stage);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("instructions");
    for (Instruction instruction : model.ast().instructions()) {
      instruction(model, instruction);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  /** A global ARG: its default as written and the value FROM lines see ({@code null} when unknown). */
  private void globalArg(DockerfileModel model, ArgDeclaration d) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("name", d.name().text());
    gen.writeStringField("default", d.defaultValue().map(Token::text).orElse(null));
    value("value", model.globalScope().lookup(d.name().text()));
    range("range", d);
    gen.writeEndObject();
  }

  private void stage(DockerfileModel model, Stage stage) throws IOException {
    gen.writeStartObject();
    gen.writeNumberField("index", stage.index());
    gen.writeStringField("name", stage.name().orElse(null));
    gen.writeObjectFieldStart("base");
    BaseImage base = stage.base();
    gen.writeStringField("text", base.token().text());
    gen.writeStringField("name", base.expansion().knownValue().orElse(null));
    gen.writeBooleanField("known", base.isKnown());
    index("stage", base.stage());
    gen.writeStringField("image", base.reference().filter(r -> !base.isScratch() && base.isKnown())
        .map(ModelJsonWriter::canonical).orElse(null));
    gen.writeFieldName("range");
    ast.write(base.token().range());
    gen.writeEndObject();
    index("parent", stage.parent());
    Optional<Flag> platform = stage.from().flag("platform");
    if (platform.isPresent() && platform.get().value().isPresent()) {
      Expansion e = model.expand(stage.from(), platform.get().value().get());
      gen.writeObjectFieldStart("platform");
      gen.writeStringField("text", platform.get().value().get());
      gen.writeStringField("value", e.knownValue().orElse(null));
      gen.writeBooleanField("known", e.known());
      gen.writeEndObject();
    } else {
      gen.writeNullField("platform");
    }
    gen.writeFieldName("range");
    ast.write(stage.from().range());
    gen.writeEndObject();
  }

  private void instruction(DockerfileModel model, Instruction instruction) throws IOException {
    InstructionContext context = model.context(instruction);
    gen.writeStartObject();
    gen.writeStringField("keyword", instruction.kind().name());
    gen.writeFieldName("range");
    ast.write(instruction.range());
    index("stage", context.stage());
    gen.writeArrayFieldStart("shell");
    for (String word : context.shell()) {
      gen.writeString(word);
    }
    gen.writeEndArray();
    gen.writeStringField("user", context.user().orElse(null));
    gen.writeStringField("workdir", context.workdir().orElse(null));
    gen.writeObjectFieldStart("variables");
    Scope scope = context.scope();
    for (Map.Entry<String, VariableBinding> variable : scope.snapshot().entrySet()) {
      value(variable.getKey(), variable.getValue());
    }
    gen.writeEndObject();
    gen.writeEndObject();
  }

  /** {@code docker.io/library/golang:1.22}: registry, path, tag and digest as BuildKit pulls them. */
  private static String canonical(ImageReference r) {
    return r.canonicalName() + (r.tag() == null ? "" : ":" + r.tag()) + (r.digest() == null ? "" : "@" + r.digest());
  }

  private void value(String field, VariableBinding binding) throws IOException {
    gen.writeStringField(field, binding.kind() == VariableBinding.Kind.DEFINED ? binding.value() : null);
  }

  private void index(String field, Optional<Stage> stage) throws IOException {
    if (stage.isPresent()) {
      gen.writeNumberField(field, stage.get().index());
    } else {
      gen.writeNullField(field);
    }
  }

  private void range(String field, ArgDeclaration d) throws IOException {
    gen.writeFieldName(field);
    ast.write(d.range());
  }
}
