package dev.dockwright.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** Document URIs as the engine names files. */
final class DocumentPaths {
  private DocumentPaths() {}

  static Optional<URI> parse(String uri) {
    try {
      return Optional.of(new URI(uri));
    } catch (java.net.URISyntaxException | NullPointerException e) {
      return Optional.empty();
    }
  }

  /** The file a {@code file:} URI names, if it is one. */
  static Optional<Path> file(URI uri) {
    if (!"file".equalsIgnoreCase(uri.getScheme())) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(uri));
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return Optional.empty();
    }
  }

  /** The path findings carry: the file for {@code file:} URIs, the URI itself for others (untitled, ...). */
  static String display(String uri) {
    return parse(uri).flatMap(DocumentPaths::file).map(Path::toString).orElse(uri);
  }
}
