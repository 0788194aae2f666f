package dev.dockwright.cli;

import dev.dockwright.parser.BuildkitDump;
import dev.dockwright.parser.DockerfileReader;
import dev.dockwright.parser.ParseResult;
import dev.dockwright.parser.SyntaxDiagnostic;
import dev.dockwright.report.AstJsonWriter;
import dev.dockwright.report.ModelJsonWriter;
import dev.dockwright.semantic.DockerfileModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dockwright parse FILE}: print how dockwright reads a file. */
@Command(name = "parse", mixinStandardHelpOptions = true, versionProvider = Versions.class,
    description = "Print the parsed instruction tree of a Dockerfile.")
final class ParseCommand implements Callable<Integer> {
  enum Format { buildkit, json }

  @Parameters(index = "0", paramLabel = "FILE", description = "Dockerfile to parse ('-' for standard input).")
  String file;

  @Option(names = "--format", defaultValue = "buildkit",
      description = "buildkit: what BuildKit's parser dumps (parser.Node.Dump()); json: the AST with ranges and "
          + "the semantic model (stages, variables per instruction). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final java.io.InputStream stdin;

  ParseCommand(java.io.InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() throws IOException {
    byte[] bytes = SourceFiles.read(file, stdin);
    ParseResult result = DockerfileReader.parse(bytes);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (format == Format.buildkit) {
      if (BuildkitDump.buildkitRejects(result)) {
        for (SyntaxDiagnostic d : result.diagnostics()) {
          if (BuildkitDump.FATAL_CODES.contains(d.code())) {
            err.println(file + ":" + d.range().startLine() + ":" + d.range().startColumn() + ": error: " + d.message());
          }
        }
        return Main.EXIT_FINDINGS;
      }
      out.print(BuildkitDump.dump(result.ast()));
      out.flush();
      return Main.EXIT_CLEAN;
    }
    AstJsonWriter writer = new AstJsonWriter(out);
    var gen = writer.generator();
    gen.writeStartObject();
    gen.writeStringField("file", file);
    gen.writeFieldName("ast");
    writer.write(result.ast());
    gen.writeFieldName("model");
    new ModelJsonWriter(writer).write(DockerfileModel.of(result.ast()));
    gen.writeFieldName("diagnostics");
    writer.write(result.diagnostics());
    gen.writeEndObject();
    writer.flush();
    out.println();
    out.flush();
    return Main.EXIT_CLEAN;
  }
}
