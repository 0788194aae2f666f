package dev.dockwright.lsp;

import java.nio.file.Path;
import java.util.List;

/** How tests start {@code dockwright lsp} as its own process: this JVM's java and the test classpath. */
final class ServerProcess {
  private ServerProcess() {}

  static List<String> command(String... extraArgs) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new java.util.ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), "dev.dockwright.cli.Main", "lsp"));
    cmd.addAll(List.of(extraArgs));
    return cmd;
  }
}
