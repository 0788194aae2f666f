package dev.dockwright.config;

/**
 * A configuration problem, as one line: {@code where: what is wrong; what to change}.
 *
 * <p>{@code where} is {@code path:line:col} for a problem inside a config file, {@code path} for a
 * problem with the whole file, or the name of the environment variable or option at fault. The CLI
 * prints the message as is and exits with status 2.
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ConfigException(String where, String problem, String fix) {
    // Values are quoted into messages; one written as "a\nb" must not break the one-line promise.
    super((where + ": " + problem + "; " + fix).replace("\r", "\\r").replace("\n", "\\n"));
  }

  static ConfigException at(String displayPath, YamlIndex.Mark mark, String problem, String fix) {
    return new ConfigException(where(displayPath, mark), problem, fix);
  }

  /** {@code path:line:col}, or {@code path} when the position is unknown. */
  static String where(String displayPath, YamlIndex.Mark mark) {
    return mark == null ? displayPath : displayPath + ":" + mark;
  }
}
