package dev.dockwright.parser;

import dev.dockwright.ast.SourceText;
import dev.dockwright.parser.antlr.DockerfileLexer;
import dev.dockwright.parser.antlr.DockerfileParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Entry point of the parser: bytes or text in, {@link ParseResult} out. Never throws on any input; every
 * problem is a diagnostic with a range.
 */
public final class DockerfileReader {
  /** BuildKit reads lines with a 64 KiB scanner: a longer line fails the build. */
  public static final int MAX_LINE_BYTES = 65_535;

  private DockerfileReader() {}

  public static ParseResult parse(byte[] bytes) {
    DecodedSource decoded = DecodedSource.decode(bytes);
    List<SyntaxDiagnostic> diagnostics = new ArrayList<>();
    SourceText source = new SourceText(decoded.text());
    if (decoded.firstInvalidByte() >= 0) {
      int line = Math.min(decoded.firstInvalidLine(), source.lineCount());
      diagnostics.add(SyntaxDiagnostic.error("invalid-utf8",
          "invalid UTF-8 at byte " + decoded.firstInvalidByte() + ": save the file as UTF-8",
          source.range(source.lineStart(line), source.lineEnd(line))));
    }
    return parse(source, decoded.bom(), diagnostics);
  }

  public static ParseResult parse(String text) {
    boolean bom = !text.isEmpty() && text.charAt(0) == '\uFEFF';
    return parse(new SourceText(bom ? text.substring(1) : text), bom, new ArrayList<>());
  }

  private static ParseResult parse(SourceText source, boolean bom, List<SyntaxDiagnostic> diagnostics) {
    String text = source.text();
    checkPhysicalLines(source, diagnostics);
    DockerfileLexer lexer = new DockerfileLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    List<String> internalErrors = new ArrayList<>();
    DockerfileParser.DockerfileContext tree = tree(tokens, internalErrors);
    char escape = lexer.state().escape();
    AstBuilder builder = new AstBuilder(source, CodePointOffsets.of(text), escape, diagnostics);
    var ast = builder.build(tree, bom);
    if (!internalErrors.isEmpty()) {
      // The grammar accepts every token sequence the lexer can produce; reaching this is a parser bug.
      diagnostics.add(SyntaxDiagnostic.error("internal-parse-error",
          "dockwright could not read this file's structure (" + internalErrors.get(0) + "); please report it",
          source.range(0, 0)));
    }
    diagnostics.sort((a, b) -> a.range().compareTo(b.range()));
    return new ParseResult(ast, diagnostics);
  }

  /**
   * The parse tree, first with SLL prediction (faster, no full-context lookahead) and a parser that gives up at
   * the first error, then, only if SLL failed, again from the first token with full LL prediction and ordinary
   * error recovery: SLL can fail where LL succeeds, never the other way round, and LL's answer is the one the
   * grammar means. The line grammar accepts every token sequence, so the second pass is a safety net that
   * {@code SllParsingTest} holds to giving the same trees. Syntax errors LL still reports go to
   * {@code internalErrors}.
   */
  static DockerfileParser.DockerfileContext tree(CommonTokenStream tokens, List<String> internalErrors) {
    DockerfileParser parser = new DockerfileParser(tokens);
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    try {
      return parser.dockerfile();
    } catch (ParseCancellationException sllFailed) {
      return llTree(tokens, internalErrors);
    }
  }

  /** The parse tree with full LL prediction: what {@link #tree} falls back to. */
  static DockerfileParser.DockerfileContext llTree(CommonTokenStream tokens, List<String> internalErrors) {
    tokens.seek(0);
    DockerfileParser parser = new DockerfileParser(tokens);
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.LL);
    parser.addErrorListener(new BaseErrorListener() {
      @Override
      public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int col,
          String msg, RecognitionException e) {
        internalErrors.add(line + ":" + col + " " + msg);
      }
    });
    return parser.dockerfile();
  }

  private static void checkPhysicalLines(SourceText source, List<SyntaxDiagnostic> diagnostics) {
    String text = source.text();
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      diagnostics.add(SyntaxDiagnostic.error("nul-byte",
          "NUL byte in the file: this looks like a binary file, not a Dockerfile", source.range(nul, nul + 1)));
    }
    int lines = source.lineCount();
    for (int line = 1; line <= lines; line++) {
      int s = source.lineStart(line);
      int e = source.lineEnd(line);
      if ((e - s) * 3L > MAX_LINE_BYTES) {
        int bytes = text.substring(s, e).getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_LINE_BYTES) {
          diagnostics.add(SyntaxDiagnostic.error("line-too-long",
              "line is " + bytes + " bytes long; BuildKit rejects lines longer than 65,535 bytes: split it"
                  + " with line continuations",
              source.range(s, s)));
        }
      }
    }
  }
}
