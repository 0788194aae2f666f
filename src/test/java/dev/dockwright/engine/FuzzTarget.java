package dev.dockwright.engine;

import dev.dockwright.parser.DecodedSource;
import dev.dockwright.parser.DockerfileReader;
import dev.dockwright.parser.ParseResult;
import dev.dockwright.parser.SyntaxDiagnostic;

/**
 * One fuzz input through the whole pipeline: parse, model, every rule but ShellCheck (an external process),
 * then every SAFE and UNSAFE fix to a fixed point with the checks of the fix-convergence harness
 * ({@link FixConvergence}: no new syntax error or finding, fixed findings gone, a second pass changes nothing,
 * safe fixes leave what they do not target as BuildKit reads it). A failure is any throwable (a rule's
 * exception included: the linter reports it as an internal error, the target rethrows it), a parser-internal
 * error, or a convergence problem.
 */
final class FuzzTarget {
  private final FixConvergence convergence = new FixConvergence();

  void check(byte[] input) {
    FileResult result = convergence.lint(input);
    checkParse(result.parse());
    FixConvergence.Outcome outcome = convergence.check("the input", DecodedSource.decode(input).text());
    if (!outcome.problems().isEmpty()) {
      throw new AssertionError(String.join("; ", outcome.problems()));
    }
    checkParse(DockerfileReader.parse(outcome.fixed()));
  }

  private static void checkParse(ParseResult parse) {
    for (SyntaxDiagnostic d : parse.diagnostics()) {
      if (d.code().equals("internal-parse-error")) {
        throw new AssertionError(d.message());
      }
    }
  }
}
