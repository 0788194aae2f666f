package dev.dockwright.report;

import dev.dockwright.ast.SourceText;
import dev.dockwright.engine.FileResult;
import dev.dockwright.engine.Finding;
import dev.dockwright.suppress.Baseline;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Identities of findings that survive lines moving up or down: the baseline's fingerprint (rule id, the
 * whitespace-normalised text of the finding's first line, the message, and the occurrence of that triple in
 * the file). Suppressed findings count too, so suppressing one finding does not renumber the others.
 */
final class FindingFingerprints {
  private FindingFingerprints() {}

  /** One fingerprint per finding of {@code r}, in order. */
  static List<String> of(FileResult r) {
    SourceText src = r.parse().ast().source();
    List<Baseline.Key> keys = new ArrayList<>();
    for (Finding f : r.findings()) {
      String text = "";
      if (src.length() > 0) {
        text = src.lineText(Math.min(Math.max(1, f.range().startLine()), src.lineCount()));
      }
      keys.add(new Baseline.Key(r.path(), f.rule().id(), text, f.message()));
    }
    return Baseline.fingerprints(keys);
  }

  /** A fingerprint that also names the file: for formats whose fingerprints are global to a report. */
  static String withPath(String path, String fingerprint) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] digest = md.digest((path + "\u0000" + fingerprint).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
