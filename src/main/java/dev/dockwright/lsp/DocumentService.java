package dev.dockwright.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/** {@code textDocument/*}: keeps the open documents and answers code actions and hovers from their analysis. */
final class DocumentService implements TextDocumentService {
  private final DockwrightLanguageServer server;

  DocumentService(DockwrightLanguageServer server) {
    this.server = server;
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    server.guard("textDocument/didOpen", () -> {
      TextDocumentItem item = params.getTextDocument();
      if (item == null || item.getUri() == null || item.getText() == null) {
        server.log().warn("textDocument/didOpen without a document: ignored");
        return;
      }
      OpenDocument doc = new OpenDocument(item.getUri(), item.getVersion(), item.getText());
      OpenDocument previous = server.documents().put(item.getUri(), doc);
      if (previous != null) {
        previous.close();
      }
      server.scheduler().now(doc);
    });
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    server.guard("textDocument/didChange", () -> {
      String uri = params.getTextDocument() == null ? null : params.getTextDocument().getUri();
      OpenDocument doc = uri == null ? null : server.documents().get(uri);
      if (doc == null) {
        server.log().warn("textDocument/didChange for a document that is not open: " + uri);
        return;
      }
      String text = doc.text();
      for (TextDocumentContentChangeEvent change : params.getContentChanges()) {
        text = apply(text, change);
      }
      Integer version = params.getTextDocument().getVersion();
      doc.update(version == null ? doc.snapshot().version() + 1 : version, text);
      server.scheduler().changed(doc);
    });
  }

  /** Full sync replaces the text; a range change (from a client that ignored our sync kind) is spliced in. */
  private static String apply(String text, TextDocumentContentChangeEvent change) {
    if (change.getText() == null) {
      return text;
    }
    if (change.getRange() == null) {
      return change.getText();
    }
    LineMap lines = new LineMap(text);
    int start = lines.offset(change.getRange().getStart());
    int end = Math.max(start, lines.offset(change.getRange().getEnd()));
    return text.substring(0, start) + change.getText() + text.substring(end);
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    server.guard("textDocument/didSave", () -> {
      String uri = params.getTextDocument() == null ? null : params.getTextDocument().getUri();
      OpenDocument doc = uri == null ? null : server.documents().get(uri);
      if (doc == null) {
        return;
      }
      if (params.getText() != null && !params.getText().equals(doc.text())) {
        doc.update(doc.snapshot().version(), params.getText());
      }
      server.scheduler().now(doc);
    });
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    server.guard("textDocument/didClose", () -> {
      String uri = params.getTextDocument() == null ? null : params.getTextDocument().getUri();
      OpenDocument doc = uri == null ? null : server.documents().remove(uri);
      if (doc != null) {
        doc.close();
        server.publish(new PublishDiagnosticsParams(uri, List.of()));
      }
    });
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    return server.request("textDocument/codeAction", () -> {
      if (params == null || params.getTextDocument() == null || params.getRange() == null) {
        throw DockwrightLanguageServer.invalidParams("textDocument and range are required");
      }
      List<Either<Command, CodeAction>> out = new ArrayList<>();
      server.analysis(params.getTextDocument().getUri()).ifPresent(a -> server.codeActions().actions(a, params)
          .forEach(action -> out.add(Either.forRight(action))));
      return out;
    });
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    return server.request("textDocument/hover", () -> {
      if (params == null || params.getTextDocument() == null || params.getPosition() == null) {
        throw DockwrightLanguageServer.invalidParams("textDocument and position are required");
      }
      return server.analysis(params.getTextDocument().getUri()).map(a -> Hovers.at(a, params.getPosition()))
          .orElse(null);
    });
  }
}
