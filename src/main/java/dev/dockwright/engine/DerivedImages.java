package dev.dockwright.engine;

import dev.dockwright.parser.DockerfileReader;
import dev.dockwright.semantic.BaseResolver;
import dev.dockwright.semantic.DockerfileModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves locally built base images to their Dockerfiles' models for one run. The image sources are
 * looked up next to the linted file and at the repository root; each base file is parsed once per run, and
 * chains of derived images are followed (a cycle or a chain deeper than 8 stops resolution).
 */
public final class DerivedImages {
  private static final int MAX_DEPTH = 8;

  private final Map<String, Path> explicit;
  private final Map<Path, Optional<DockerfileModel>> models = new ConcurrentHashMap<>();
  private final Map<Path, Map<String, Path>> sourcesByDir = new ConcurrentHashMap<>();

  /** {@code explicit}: the config's {@code images:} map (name → Dockerfile, already absolute). */
  public DerivedImages(Map<String, Path> explicit) {
    this.explicit = Map.copyOf(explicit);
  }

  /** The resolver for a file in {@code directory} (null for standard input: only the config map applies). */
  public BaseResolver resolverFor(Path directory) {
    return resolverFor(directory, new HashSet<>(), 0);
  }

  private BaseResolver resolverFor(Path directory, Set<Path> inProgress, int depth) {
    Map<String, Path> sources = directory == null ? ImageSources.discover(List.of(), explicit)
        : sourcesByDir.computeIfAbsent(directory.toAbsolutePath().normalize(),
            d -> ImageSources.discover(searchDirectories(d), explicit));
    return image -> {
      Path file = sources.get(ImageSources.normalize(image));
      if (file == null || depth >= MAX_DEPTH || inProgress.contains(file)) {
        return Optional.empty();
      }
      Optional<DockerfileModel> model = modelOf(file, inProgress, depth);
      return model.flatMap(m -> m.finalStage().map(s -> new BaseResolver.ResolvedBase(file.toString(), m, s)));
    };
  }

  private Optional<DockerfileModel> modelOf(Path file, Set<Path> inProgress, int depth) {
    Optional<DockerfileModel> cached = models.get(file);
    if (cached != null) {
      return cached;
    }
    Optional<DockerfileModel> built;
    try {
      byte[] bytes = Files.readAllBytes(file);
      Set<Path> chain = new HashSet<>(inProgress);
      chain.add(file);
      built = Optional.of(DockerfileModel.of(DockerfileReader.parse(bytes).ast(),
          resolverFor(file.getParent(), chain, depth + 1), dev.dockwright.semantic.BuildContext.besideDockerfile(
              file.toString())));
    } catch (IOException | RuntimeException e) {
      built = Optional.empty();
    }
    models.putIfAbsent(file, built);
    return built;
  }

  /** The file's directory, then each parent up to the repository root. */
  static List<Path> searchDirectories(Path dir) {
    List<Path> out = new ArrayList<>();
    for (Path d = dir; d != null; d = d.getParent()) {
      out.add(d);
      if (Files.exists(d.resolve(".git"))) {
        return out;
      }
    }
    return List.of(dir);
  }
}
