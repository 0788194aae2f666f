package dev.dockwright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Applies the fixes of a SARIF log to a file the way a SARIF consumer would: regions are 1-based lines and
 * UTF-16 columns of the text (a UTF-8 byte-order mark is not part of it), each {@code deletedRegion} refers to
 * the original file, and replacements are applied from the end backwards. Suppressed results are skipped, as
 * {@code --fix} skips them.
 */
final class SarifFixReplay {
  private SarifFixReplay() {}

  private record Change(int start, int end, String text) {}

  static byte[] apply(byte[] original, JsonNode log, boolean unsafe) {
    boolean bom = original.length >= 3 && (original[0] & 0xFF) == 0xEF && (original[1] & 0xFF) == 0xBB
        && (original[2] & 0xFF) == 0xBF;
    String text = new String(original, bom ? 3 : 0, original.length - (bom ? 3 : 0), StandardCharsets.UTF_8);
    int[] lineStarts = lineStarts(text);
    List<Change> changes = new ArrayList<>();
    for (JsonNode result : log.path("runs").get(0).path("results")) {
      if (result.has("suppressions")) {
        continue;
      }
      for (JsonNode fix : result.path("fixes")) {
        String applicability = fix.path("properties").path("applicability").asText();
        if (!applicability.equals("safe") && !(unsafe && applicability.equals("unsafe"))) {
          continue;
        }
        for (JsonNode change : fix.path("artifactChanges")) {
          for (JsonNode r : change.path("replacements")) {
            JsonNode d = r.path("deletedRegion");
            int start = offset(lineStarts, d.path("startLine").asInt(), d.path("startColumn").asInt());
            int end = offset(lineStarts, d.path("endLine").asInt(), d.path("endColumn").asInt());
            changes.add(new Change(start, end, r.path("insertedContent").path("text").asText("")));
          }
        }
      }
    }
    changes.sort(Comparator.comparingInt(Change::start).reversed());
    StringBuilder sb = new StringBuilder(text);
    int limit = Integer.MAX_VALUE;
    for (Change c : changes) {
      if (c.end() > limit) {
        throw new AssertionError("overlapping replacements at offset " + c.start());
      }
      sb.replace(c.start(), c.end(), c.text());
      limit = c.start();
    }
    byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
    if (!bom) {
      return body;
    }
    byte[] out = Arrays.copyOf(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body.length + 3);
    System.arraycopy(body, 0, out, 3, body.length);
    return out;
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int offset(int[] lineStarts, int line, int column) {
    return lineStarts[line - 1] + column - 1;
  }
}
