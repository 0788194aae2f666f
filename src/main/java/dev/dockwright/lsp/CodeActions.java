package dev.dockwright.lsp;

import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.SourceRange;
import dev.dockwright.engine.Finding;
import dev.dockwright.engine.Linter;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.fix.FixApplier;
import dev.dockwright.suppress.Pragma;
import dev.dockwright.suppress.Suppression;
import dev.dockwright.suppress.Suppressions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The code actions of a document: each finding's fix (safe and unsafe), "Ignore ID for this line", and
 * {@value #FIX_ALL} applying every safe fix until the file is stable.
 */
final class CodeActions {
  static final String FIX_ALL = "source.fixAll.dockwright";
  static final String FIX_ALL_TITLE = "Fix all safe dockwright problems";
  private static final Pattern PRAGMA_CODES =
      Pattern.compile("ignore\\s*=\\s*[^\\s#,]+(?:\\s*,\\s*[^\\s#,]+)*", Pattern.CASE_INSENSITIVE);

  private final boolean versionedEdits;

  /** @param versionedEdits whether the client takes {@code documentChanges} (edits pinned to a version) */
  CodeActions(boolean versionedEdits) {
    this.versionedEdits = versionedEdits;
  }

  List<CodeAction> actions(Analysis analysis, CodeActionParams params) {
    List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
    List<Diagnostic> sent = params.getContext() == null || params.getContext().getDiagnostics() == null ? List.of()
        : params.getContext().getDiagnostics();
    List<CodeAction> out = new ArrayList<>();
    Set<String> ignoreOffered = new HashSet<>();
    boolean quickFixes = wanted(only, CodeActionKind.QuickFix);
    for (Finding f : analysis.findings()) {
      if (!quickFixes || !(touches(analysis.range(f.range()), params.getRange())
          || sent.stream().anyMatch(d -> Diagnostics.describes(d, analysis, f)))) {
        continue;
      }
      Diagnostic diagnostic = Diagnostics.of(analysis, f);
      f.fix().flatMap(fix -> quickFix(analysis, fix, diagnostic)).ifPresent(out::add);
      ignore(analysis, f, diagnostic, ignoreOffered).ifPresent(out::add);
    }
    if (wanted(only, FIX_ALL)) {
      fixAll(analysis).ifPresent(out::add);
    }
    return out;
  }

  private Optional<CodeAction> quickFix(Analysis analysis, Fix fix, Diagnostic diagnostic) {
    if (fix.applicability() == Applicability.DISPLAY_ONLY || fix.edits().isEmpty()) {
      return Optional.empty();
    }
    boolean safe = fix.applicability() == Applicability.SAFE;
    CodeAction action = new CodeAction(safe ? fix.title() : fix.title() + " (unsafe fix)");
    action.setKind(CodeActionKind.QuickFix);
    action.setDiagnostics(List.of(diagnostic));
    action.setIsPreferred(safe);
    List<TextEdit> edits = new ArrayList<>();
    for (Edit e : fix.edits()) {
      edits.add(new TextEdit(analysis.range(e.start(), e.end()), lineEndings(analysis, e.replacement())));
    }
    action.setEdit(edit(analysis, edits));
    return Optional.of(action);
  }

  /** Inserts {@code # dockwright ignore=ID} above the instruction, or adds the id to a pragma already there. */
  private Optional<CodeAction> ignore(Analysis analysis, Finding f, Diagnostic diagnostic, Set<String> offered) {
    var ast = analysis.result().parse().ast();
    Instruction target = null;
    for (Instruction i : ast.instructions()) {
      if (i.range().startOffset() <= f.range().startOffset() && f.range().startOffset() <= i.range().endOffset()) {
        target = i;
        break;
      }
    }
    if (target == null || !offered.add(f.rule().id() + "@" + target.range().startOffset())) {
      return Optional.empty();
    }
    String id = f.rule().id();
    String text = analysis.engineText();
    TextEdit edit = null;
    for (Pragma p : Suppressions.of(ast).pragmas()) {
      if (p.suppression().syntax() == Suppression.Syntax.DOCKWRIGHT
          && p.suppression().scope() == Suppression.Scope.NEXT_INSTRUCTION && p.appliesTo().equals(target.range())) {
        SourceRange comment = p.suppression().range();
        Matcher m = PRAGMA_CODES.matcher(text.substring(comment.startOffset(), comment.endOffset()));
        if (m.find()) {
          int at = comment.startOffset() + m.end();
          edit = new TextEdit(analysis.range(at, at), "," + id);
        }
      }
    }
    if (edit == null) {
      int lineStart = ast.source().lineStart(target.range().startLine());
      int indentEnd = lineStart;
      while (indentEnd < target.range().startOffset() && (text.charAt(indentEnd) == ' '
          || text.charAt(indentEnd) == '\t')) {
        indentEnd++;
      }
      String comment = text.substring(lineStart, indentEnd) + "# dockwright ignore=" + id
          + FixApplier.lineEnding(text);
      edit = new TextEdit(analysis.range(lineStart, lineStart), comment);
    }
    CodeAction action = new CodeAction("Ignore " + id + " for this line");
    action.setKind(CodeActionKind.QuickFix);
    action.setDiagnostics(List.of(diagnostic));
    action.setEdit(edit(analysis, List.of(edit)));
    return Optional.of(action);
  }

  /** Every safe fix, re-linting until stable; one edit spanning what changed. Empty when nothing would. */
  Optional<CodeAction> fixAll(Analysis analysis) {
    boolean anySafe = analysis.findings().stream().anyMatch(f -> f.fix().isPresent()
        && f.fix().get().applicability() == Applicability.SAFE);
    if (!anySafe) {
      return Optional.empty();
    }
    Linter linter = analysis.linter();
    String path = analysis.result().path();
    String before = analysis.engineText();
    FixApplier.Result r = FixApplier.applyUntilStable(before, t -> linter.lintText(path, t).activeFindings().stream()
        .flatMap(f -> f.fix().stream())
        .filter(fix -> fix.applicability() == Applicability.SAFE)
        .toList());
    String after = r.text();
    if (after.equals(before)) {
      return Optional.empty();
    }
    int prefix = 0;
    int max = Math.min(before.length(), after.length());
    while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < max - prefix
        && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
      suffix++;
    }
    TextEdit edit = new TextEdit(analysis.range(prefix, before.length() - suffix),
        after.substring(prefix, after.length() - suffix));
    CodeAction action = new CodeAction(FIX_ALL_TITLE);
    action.setKind(FIX_ALL);
    action.setEdit(edit(analysis, List.of(edit)));
    return Optional.of(action);
  }

  private WorkspaceEdit edit(Analysis analysis, List<TextEdit> edits) {
    if (versionedEdits) {
      return new WorkspaceEdit(List.of(Either.forLeft(new TextDocumentEdit(
          new VersionedTextDocumentIdentifier(analysis.uri(), analysis.version()), edits))));
    }
    return new WorkspaceEdit(java.util.Map.of(analysis.uri(), edits));
  }

  /** Fixes write {@code \n}; in a CRLF file the edit follows the file, as {@link FixApplier} does. */
  private static String lineEndings(Analysis analysis, String replacement) {
    if (!FixApplier.lineEnding(analysis.engineText()).equals("\r\n")) {
      return replacement;
    }
    return replacement.replaceAll("(?<!\r)\n", "\r\n");
  }

  /** Whether an action kind is among those asked for (a kind matches its own sub-kinds: {@code source} covers ours). */
  static boolean wanted(List<String> only, String kind) {
    if (only == null || only.isEmpty()) {
      return true;
    }
    return only.stream().anyMatch(o -> kind.equals(o) || kind.startsWith(o + "."));
  }

  /** Overlap, counting touching ends: a cursor right after a token still gets its fixes. */
  static boolean touches(Range a, Range b) {
    return compare(a.getStart(), b.getEnd()) <= 0 && compare(b.getStart(), a.getEnd()) <= 0;
  }

  private static int compare(org.eclipse.lsp4j.Position p, org.eclipse.lsp4j.Position q) {
    int c = Integer.compare(p.getLine(), q.getLine());
    return c != 0 ? c : Integer.compare(p.getCharacter(), q.getCharacter());
  }
}
