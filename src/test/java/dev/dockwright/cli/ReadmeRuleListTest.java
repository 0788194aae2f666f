package dev.dockwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's rule list is exactly what {@code dockwright rules --format markdown} prints. */
class ReadmeRuleListTest {
  @Test
  void readmeListsEveryRule() throws IOException {
    StringWriter out = new StringWriter();
    int exit = Main.run(new String[] {"rules", "--format", "markdown"}, new PrintWriter(out, true),
        new PrintWriter(new StringWriter(), true));
    assertThat(exit).isZero();
    assertThat(Files.readString(Path.of("README.md")))
        .as("README.md is stale: paste the output of `dockwright rules --format markdown` under ## Rules")
        .contains(out.toString());
  }
}
