package dev.dockwright.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version baked into the jar at build time. */
public final class Versions implements CommandLine.IVersionProvider {
  public static String version() {
    try (InputStream in = Versions.class.getResourceAsStream("/dockwright/version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"dockwright " + version()};
  }
}
