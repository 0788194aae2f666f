package dev.dockwright.cli;

import dev.dockwright.lsp.DockwrightLanguageServer;
import dev.dockwright.lsp.LspSession;
import dev.dockwright.lsp.WorkspaceSettingsProvider;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
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

  @Option(names = "--debounce", paramLabel = "MS", description = "Milliseconds a change must stay quiet before it"
      + " is linted. Default: ${DEFAULT-VALUE}.")
  long debounceMillis = DockwrightLanguageServer.Options.DEFAULT_DEBOUNCE.toMillis();

  @Override
  public Integer call() throws InterruptedException {
    if (debounceMillis < 0) {
      throw new UsageError("--debounce must be 0 or more milliseconds, not " + debounceMillis);
    }
    // Standard output carries the protocol: anything else printed there would corrupt it.
    OutputStream protocol = new FileOutputStream(FileDescriptor.out);
    PrintStream stderr = System.err;
    System.setOut(stderr);
    try (LspSession session = LspSession.start(System.in, protocol, stderr, WorkspaceSettingsProvider.defaults(),
        new DockwrightLanguageServer.Options(Duration.ofMillis(debounceMillis), Versions.version()))) {
      return session.awaitExit();
    }
  }
}
