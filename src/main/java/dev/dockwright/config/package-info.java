/**
 * The run's settings from {@code .dockwright.yaml}, an existing {@code .hadolint.yaml}, and the
 * {@code DOCKWRIGHT_*} environment.
 *
 * <p>{@link dev.dockwright.config.ConfigLoader} finds the file and applies the environment;
 * {@code ConfigParser} scans the YAML once for positions ({@code YamlIndex}), binds it with Jackson to a
 * record mirroring the file ({@code DockwrightFile}, {@code HadolintFile}), and translates it into the one
 * public result, {@link dev.dockwright.config.DockwrightConfig}. Every mistake is a
 * {@link dev.dockwright.config.ConfigException} of one line, {@code where: what is wrong; what to change}.
 * Rule references are not checked here (the rule registry lives in {@code engine}); the config records
 * where each was written so that the CLI can report an unknown one at its line.
 */
package dev.dockwright.config;
