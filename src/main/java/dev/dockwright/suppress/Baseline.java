package dev.dockwright.suppress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Known findings recorded when adopting dockwright on an existing repository: {@code --write-baseline}
 * stores one fingerprint per finding; {@code --baseline} then reports only findings not in it. A
 * fingerprint hashes the rule id, the text of the finding's line (whitespace-normalised) and the message,
 * plus the occurrence count of that hash in the file, so it survives lines moving up or down.
 */
public final class Baseline {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One recorded finding. */
  public record Entry(String path, String ruleId, String fingerprint) {}

  /** What a finding is identified by. */
  public record Key(String path, String ruleId, String lineText, String message) {}

  private final Map<String, Integer> remaining;

  private Baseline(Map<String, Integer> remaining) {
    this.remaining = remaining;
  }

  /** Fingerprints for a file's findings in order; equal keys get increasing occurrence numbers. */
  public static List<String> fingerprints(List<Key> keys) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> out = new ArrayList<>();
    for (Key k : keys) {
      String base = hash(k.ruleId() + "\u0000" + k.lineText().strip().replaceAll("\\s+", " ") + "\u0000"
          + k.message());
      int n = seen.merge(base, 1, Integer::sum);
      out.add(base.substring(0, 32) + ":" + n);
    }
    return out;
  }

  private static String hash(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void write(Path file, List<Entry> entries) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", 1);
    root.put("tool", "dockwright");
    ArrayNode arr = root.putArray("findings");
    entries.stream().sorted((a, b) -> {
      int c = a.path().compareTo(b.path());
      return c != 0 ? c : (a.ruleId() + a.fingerprint()).compareTo(b.ruleId() + b.fingerprint());
    }).forEach(e -> {
      ObjectNode n = arr.addObject();
      n.put("path", e.path());
      n.put("rule", e.ruleId());
      n.put("fingerprint", e.fingerprint());
    });
    Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
  }

  /** Reads a baseline; the message of an {@link IllegalArgumentException} is one line for the user. */
  public static Baseline read(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read baseline '" + file + "': " + e.getMessage().lines()
          .findFirst().orElse("invalid JSON"));
    }
    JsonNode findings = root == null ? null : root.get("findings");
    if (findings == null || !findings.isArray()) {
      throw new IllegalArgumentException("baseline '" + file + "' has no \"findings\" array: write it with"
          + " --write-baseline");
    }
    Map<String, Integer> counts = new HashMap<>();
    for (JsonNode n : findings) {
      counts.merge(key(n.path("path").asText(), n.path("rule").asText(), n.path("fingerprint").asText()), 1,
          Integer::sum);
    }
    return new Baseline(counts);
  }

  /** Whether a finding is known (each recorded entry absorbs one finding). */
  public synchronized boolean absorbs(String path, String ruleId, String fingerprint) {
    String k = key(path, ruleId, fingerprint);
    Integer n = remaining.get(k);
    if (n == null || n == 0) {
      return false;
    }
    remaining.put(k, n - 1);
    return true;
  }

  private static String key(String path, String rule, String fp) {
    return path.replace('\\', '/') + "\u0000" + rule + "\u0000" + fp;
  }
}
