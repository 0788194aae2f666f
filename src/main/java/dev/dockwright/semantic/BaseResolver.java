package dev.dockwright.semantic;

import java.util.Optional;

/**
 * Finds the Dockerfile that builds a locally built base image ({@code FROM centos7-systemd}), so a derived
 * file is analysed with the base's effective ENV, VOLUME, STOPSIGNAL, USER, CMD/ENTRYPOINT and pruning
 * state. The engine implements it from the config's {@code images:} map, compose files and bake files.
 */
@FunctionalInterface
public interface BaseResolver {
  BaseResolver NONE = image -> Optional.empty();

  /** The base built from {@code image} (a name as written in FROM, after expansion), if known. */
  Optional<ResolvedBase> resolve(String image);

  /** A base image built by another Dockerfile: its source, model, and the stage the image is. */
  record ResolvedBase(String source, DockerfileModel model, Stage stage) {}
}
