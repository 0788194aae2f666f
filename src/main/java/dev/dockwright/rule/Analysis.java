package dev.dockwright.rule;

import dev.dockwright.semantic.DockerfileModel;

/**
 * A per-file analysis that several rules share, computed at most once per file ({@link RuleContext#analysis}):
 * the systemd facts of each stage, the simulated boot. An analysis is identified by its instance: declare it
 * once as a constant. It must be safe to use from the rules' threads once computed.
 *
 * @param <T> what it computes
 */
@FunctionalInterface
public interface Analysis<T> {
  T compute(DockerfileModel model, Settings settings);
}
