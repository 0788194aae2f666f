package dev.dockwright.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real editor as the client: headless Neovim (0.7+, Debian's {@code neovim} package) with its built-in
 * LSP client, configured by {@code integrations/nvim/dockwright.lua} exactly as the docs tell users to,
 * runs {@code src/test/resources/nvim/headless_client_test.lua}: open a Dockerfile, wait for the
 * diagnostics, hover, apply a quick fix, an ignore and fix-all, and write what it saw to a JSON file.
 * Skipped when {@code nvim} is not on the PATH.
 */
class NeovimClientTest {
  static final String DOCKERFILE = """
      FROM alpine:3.20
      MAINTAINER Jane <jane@example.com>
        ENV JAVA_HOME /opt/java
      run echo hi
      """;

  @Test
  void neovimsLspClientGetsDiagnosticsAndAppliesCodeActions(@TempDir Path dir) throws Exception {
    Optional<Path> nvim = onPath("nvim");
    Assumptions.assumeTrue(nvim.isPresent(),
        "nvim is not on the PATH: install Neovim 0.7+ (Debian: apt-get install -y neovim) to run this test");
    Path dockerfile = dir.resolve("Dockerfile");
    Files.writeString(dockerfile, DOCKERFILE);
    Path resultFile = dir.resolve("result.json");
    JsonArray cmd = new JsonArray();
    ServerProcess.command().forEach(cmd::add);

    ProcessBuilder pb = new ProcessBuilder(nvim.get().toString(), "--headless", "-u", "NONE", "-i", "NONE", "-n",
        "-c", "luafile " + Path.of("src/test/resources/nvim/headless_client_test.lua").toAbsolutePath())
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("nvim.log").toFile());
    pb.environment().put("DOCKWRIGHT_SNIPPET", Path.of("integrations/nvim/dockwright.lua").toAbsolutePath().toString());
    pb.environment().put("DOCKWRIGHT_CMD", cmd.toString());
    pb.environment().put("DOCKWRIGHT_FILE", dockerfile.toString());
    pb.environment().put("DOCKWRIGHT_RESULT", resultFile.toString());
    pb.environment().put("HOME", dir.toString());
    pb.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
    pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
    Process process = pb.start();
    try {
      assertThat(process.waitFor(240, TimeUnit.SECONDS)).as("nvim finished").isTrue();
    } finally {
      process.destroyForcibly();
    }
    assertThat(resultFile).as("nvim wrote its result; its output:\n%s", log(dir)).exists();

    JsonObject r = JsonParser.parseString(Files.readString(resultFile)).getAsJsonObject();
    assertThat(r.get("ok").getAsBoolean()).as("the Lua test: %s\nsteps: %s\nnvim output:\n%s", r.get("error"),
        r.get("steps"), log(dir)).isTrue();
    assertThat(r.get("filetype").getAsString()).isEqualTo("dockerfile");
    assertThat(r.get("server_name").getAsString()).isEqualTo("dockwright");

    JsonArray d = r.getAsJsonArray("diagnostics");
    assertThat(d).hasSize(3);
    JsonObject legacy = d.get(1).getAsJsonObject();
    assertThat(legacy.get("code").getAsString()).isEqualTo("DW3001");
    assertThat(List.of(legacy.get("lnum").getAsInt(), legacy.get("col").getAsInt(), legacy.get("end_lnum").getAsInt(),
        legacy.get("end_col").getAsInt())).containsExactly(2, 6, 2, 15);
    assertThat(legacy.get("message").getAsString())
        .isEqualTo("`ENV JAVA_HOME <value>` is the legacy form: write `ENV JAVA_HOME=<value>`");
    assertThat(legacy.get("source").getAsString()).isEqualTo("dockwright");
    assertThat(legacy.get("href").getAsString()).endsWith("/rules/DW3001-legacy-key-value-format.md");
    assertThat(d).extracting(e -> e.getAsJsonObject().get("severity").getAsInt()).containsExactly(1, 2, 4);

    assertThat(r.get("hover").getAsString()).startsWith("# legacy-key-value-format\n\n## What it does");
    assertThat(strings(r.getAsJsonArray("titles"))).containsExactly("Rewrite as `JAVA_HOME=/opt/java`",
        "Ignore DW3001 for this line", "Fix all safe dockwright problems");
    assertThat(strings(r.getAsJsonArray("after_fix"))).containsExactly("FROM alpine:3.20",
        "MAINTAINER Jane <jane@example.com>", "  ENV JAVA_HOME=/opt/java", "run echo hi");
    assertThat(strings(r.getAsJsonArray("after_ignore"))).containsExactly("FROM alpine:3.20",
        "# dockwright ignore=DW3000", "MAINTAINER Jane <jane@example.com>", "  ENV JAVA_HOME=/opt/java", "run echo hi");
    assertThat(strings(r.getAsJsonArray("after_fix_all"))).containsExactly("FROM alpine:3.20",
        "# dockwright ignore=DW3000", "MAINTAINER Jane <jane@example.com>", "  ENV JAVA_HOME=/opt/java", "RUN echo hi");
    assertThat(r.get("final_diagnostics").getAsInt()).isZero();
    assertThat(r.get("stopped").getAsBoolean()).as("the server shut down when asked").isTrue();
    assertThat(Files.readString(dockerfile)).as("nothing was saved").isEqualTo(DOCKERFILE);
  }

  static Optional<Path> onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, program);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  static List<String> strings(JsonArray a) {
    return a.asList().stream().map(JsonElement::getAsString).toList();
  }

  static String log(Path dir) {
    try {
      Path log = dir.resolve("nvim.log");
      return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(none)";
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }
}
