package dev.dockwright.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where locally built images come from: which Dockerfile builds an image name. Read from the config's
 * {@code images:} map, {@code docker-compose.yml}/{@code compose.yaml} services that have both
 * {@code build:} and {@code image:}, and {@code docker-bake.hcl}/{@code docker-bake.json} targets with
 * {@code tags}. Names are compared without the {@code :latest} tag and without {@code docker.io/library/}.
 */
public final class ImageSources {
  /** Made on first use: most lints find no compose or bake file, and a mapper costs start-up time. */
  private static final class Mappers {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();
  }
  private static final List<String> COMPOSE_FILES = List.of("compose.yaml", "compose.yml", "docker-compose.yaml",
      "docker-compose.yml");
  private static final List<String> BAKE_FILES = List.of("docker-bake.hcl", "docker-bake.json");

  private ImageSources() {}

  /** Image name as written in FROM, normalised for lookups. */
  public static String normalize(String image) {
    String s = image.trim().toLowerCase(Locale.ROOT);
    for (String prefix : List.of("docker.io/library/", "index.docker.io/library/", "docker.io/")) {
      if (s.startsWith(prefix)) {
        s = s.substring(prefix.length());
      }
    }
    if (s.endsWith(":latest")) {
      s = s.substring(0, s.length() - ":latest".length());
    }
    return s;
  }

  /**
   * Image name → Dockerfile, from the files in {@code directories} (nearest first: an earlier directory's
   * entry wins) and the explicit mapping (which wins over everything).
   */
  public static Map<String, Path> discover(List<Path> directories, Map<String, Path> explicit) {
    Map<String, Path> out = new LinkedHashMap<>();
    for (int i = directories.size() - 1; i >= 0; i--) {
      Path dir = directories.get(i);
      for (String name : COMPOSE_FILES) {
        Path f = dir.resolve(name);
        if (Files.isRegularFile(f)) {
          out.putAll(fromCompose(f));
        }
      }
      for (String name : BAKE_FILES) {
        Path f = dir.resolve(name);
        if (Files.isRegularFile(f)) {
          out.putAll(name.endsWith(".json") ? fromBakeJson(f) : fromBakeHcl(f));
        }
      }
    }
    explicit.forEach((k, v) -> out.put(normalize(k), v));
    return out;
  }

  static Map<String, Path> fromCompose(Path file) {
    Map<String, Path> out = new LinkedHashMap<>();
    JsonNode root;
    try {
      root = Mappers.YAML.readTree(file.toFile());
    } catch (IOException e) {
      return out;
    }
    JsonNode services = root == null ? null : root.get("services");
    if (services == null || !services.isObject()) {
      return out;
    }
    Path base = file.toAbsolutePath().getParent();
    services.fields().forEachRemaining(e -> {
      JsonNode svc = e.getValue();
      JsonNode image = svc.get("image");
      JsonNode build = svc.get("build");
      if (image == null || !image.isTextual() || build == null) {
        return;
      }
      String context;
      String dockerfile = "Dockerfile";
      if (build.isTextual()) {
        context = build.asText();
      } else {
        context = build.path("context").asText(".");
        if (build.hasNonNull("dockerfile")) {
          dockerfile = build.get("dockerfile").asText();
        }
      }
      out.put(normalize(image.asText()), base.resolve(context).resolve(dockerfile).normalize());
    });
    return out;
  }

  static Map<String, Path> fromBakeJson(Path file) {
    Map<String, Path> out = new LinkedHashMap<>();
    try {
      JsonNode targets = Mappers.JSON.readTree(file.toFile()).path("target");
      Path base = file.toAbsolutePath().getParent();
      targets.fields().forEachRemaining(e -> {
        JsonNode t = e.getValue();
        Path df = base.resolve(t.path("context").asText(".")).resolve(t.path("dockerfile").asText("Dockerfile"));
        for (JsonNode tag : t.path("tags")) {
          out.put(normalize(tag.asText()), df.normalize());
        }
      });
    } catch (IOException e) {
      return out;
    }
    return out;
  }

  private static final Pattern TARGET = Pattern.compile("target\\s+\"([^\"]+)\"\\s*\\{");
  private static final Pattern STRING_ATTR = Pattern.compile("(?m)^\\s*(dockerfile|context)\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern TAGS = Pattern.compile("(?s)tags\\s*=\\s*\\[(.*?)\\]");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

  /** The subset of HCL bake files use for targets: string attributes and a list of tag strings. */
  static Map<String, Path> fromBakeHcl(Path file) {
    Map<String, Path> out = new LinkedHashMap<>();
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      return out;
    }
    Path base = file.toAbsolutePath().getParent();
    Matcher m = TARGET.matcher(text);
    while (m.find()) {
      int bodyStart = m.end();
      int depth = 1;
      int i = bodyStart;
      while (i < text.length() && depth > 0) {
        char c = text.charAt(i);
        if (c == '{') {
          depth++;
        } else if (c == '}') {
          depth--;
        } else if (c == '"') {
          int close = text.indexOf('"', i + 1);
          i = close < 0 ? text.length() : close;
        }
        i++;
      }
      String body = text.substring(bodyStart, Math.max(bodyStart, i - 1));
      String context = ".";
      String dockerfile = "Dockerfile";
      Matcher a = STRING_ATTR.matcher(body);
      while (a.find()) {
        if (a.group(1).equals("context")) {
          context = a.group(2);
        } else {
          dockerfile = a.group(2);
        }
      }
      Matcher tags = TAGS.matcher(body);
      if (tags.find()) {
        Matcher q = QUOTED.matcher(tags.group(1));
        while (q.find()) {
          out.put(normalize(q.group(1)), base.resolve(context).resolve(dockerfile).normalize());
        }
      }
    }
    return out;
  }
}
