package dev.dockwright.cli;

import dev.dockwright.lsp.DockwrightLanguageServer;
import dev.dockwright.lsp.LspSession;
import dev.dockwright.lsp.WorkspaceSettingsProvider;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dockwright lsp}: the Language Server Protocol over standard input and output. */
@Command(name = "lsp", mixinStandardHelpOptions = true, versionProvider = Versions.class,
    description = "Run the Language Server Protocol server on standard input and output (for editors).")
final class LspCommand implements Callable<Integer> {
  @Option(names = "--stdio", description = "Talk over standard input and output (the default and only transport;"
      + " accepted because editors pass it).")
  boolean stdio;

  @Override
  public Integer call() throws InterruptedException {
    // Standard output carries the protocol: anything else printed there would corrupt it.
    OutputStream protocol = new FileOutputStream(FileDescriptor.out);
    PrintStream stderr = System.err;
    System.setOut(stderr);
    try (LspSession session = LspSession.start(System.in, protocol, stderr, WorkspaceSettingsProvider.defaults(),
        DockwrightLanguageServer.Options.defaults(Versions.version()))) {
      return session.awaitExit();
    }
  }
}
