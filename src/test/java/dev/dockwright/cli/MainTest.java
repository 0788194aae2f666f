package dev.dockwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The top-level command: version and help, however few subcommands a run builds (they are made lazily). */
class MainTest {
  private static final String VERSION = "dockwright " + Versions.version() + "\n";

  @Test
  void versionFromTheTopAndFromLint() {
    for (String[] args : new String[][] {{"--version"}, {"-V"}, {"lint", "--version"}, {"lint", "-V"}}) {
      CliEndToEndTest.Result r = CliEndToEndTest.cli(args);
      assertThat(r.exit()).as(String.join(" ", args)).isZero();
      assertThat(r.out()).as(String.join(" ", args)).isEqualTo(VERSION);
      assertThat(r.err()).isEmpty();
    }
  }

  @Test
  void helpListsEverySubcommand() {
    CliEndToEndTest.Result r = CliEndToEndTest.cli("--help");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("Usage: dockwright [-hV] [COMMAND]\nDockerfile linter and static analyzer.\n"
        + "  -h, --help      Show this help message and exit.\n"
        + "  -V, --version   Print version information and exit.\nCommands:\n  lint ");
    assertThat(r.out()).contains("\n  parse ", "\n  rules ", "\n  explain ", "\n  lsp ");
  }

  @Test
  void lintHelpListsItsOptionsThenHelpAndVersion() {
    CliEndToEndTest.Result r = CliEndToEndTest.cli("lint", "--help");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("Usage: dockwright lint [");
    assertThat(r.out()).contains("      --file-timeout=SECONDS Give up on a file that takes longer than this");
    assertThat(r.out()).endsWith("  -h, --help                 Show this help message and exit.\n"
        + "  -V, --version              Print version information and exit.\n");
  }

  @Test
  void noCommandIsAUsageError() {
    CliEndToEndTest.Result r = CliEndToEndTest.cli();

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("dockwright: missing command: try 'dockwright lint' (see 'dockwright --help')\n");
  }
}
