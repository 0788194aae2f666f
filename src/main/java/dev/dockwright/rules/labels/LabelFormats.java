package dev.dockwright.rules.labels;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The value formats a label schema can require. */
final class LabelFormats {
  private LabelFormats() {}

  private static final Pattern RFC3339 = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");
  /** The regular expression semver.org gives for a version. */
  private static final Pattern SEMVER = Pattern.compile(
      "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)"
          + "(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");
  private static final Pattern GIT_HASH = Pattern.compile("[0-9a-f]{7}|[0-9a-f]{40}");
  private static final Pattern EMAIL = Pattern.compile(
      "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
          + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");
  private static final Pattern SPDX_ID = Pattern.compile("[A-Za-z0-9.-]+");

  static boolean isUrl(String value) {
    try {
      URI uri = new URI(value);
      if (uri.getScheme() == null) {
        return false;
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      return !(scheme.equals("http") || scheme.equals("https")) || (uri.getHost() != null && !uri.getHost().isEmpty());
    } catch (URISyntaxException e) {
      return false;
    }
  }

  static boolean isRfc3339(String value) {
    if (!RFC3339.matcher(value).matches()) {
      return false;
    }
    try {
      OffsetDateTime.parse(value.replace(' ', 'T').replace('t', 'T').replace('z', 'Z'));
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  static boolean isSemver(String value) {
    return SEMVER.matcher(value).matches();
  }

  static boolean isGitHash(String value) {
    return GIT_HASH.matcher(value).matches();
  }

  static boolean isEmail(String value) {
    return value.length() <= 254 && EMAIL.matcher(value).matches();
  }

  /**
   * An SPDX license expression: license identifiers from the SPDX list (any case, optionally with {@code +}),
   * {@code LicenseRef-...} and {@code DocumentRef-...:LicenseRef-...}, joined by {@code AND} / {@code OR},
   * with {@code WITH exception} and parentheses.
   */
  static boolean isSpdx(String value) {
    String[] tokens = value.replace("(", " ( ").replace(")", " ) ").trim().split("\\s+");
    if (tokens.length == 0 || tokens[0].isEmpty()) {
      return false;
    }
    SpdxParser p = new SpdxParser(tokens);
    return p.expression() && p.pos == tokens.length;
  }

  private static final class SpdxParser {
    private final String[] tokens;
    private int pos;

    SpdxParser(String[] tokens) {
      this.tokens = tokens;
    }

    boolean expression() {
      if (!term()) {
        return false;
      }
      while (pos < tokens.length && (is("AND") || is("OR"))) {
        pos++;
        if (!term()) {
          return false;
        }
      }
      return true;
    }

    private boolean term() {
      if (pos >= tokens.length) {
        return false;
      }
      if (tokens[pos].equals("(")) {
        pos++;
        if (!expression() || pos >= tokens.length || !tokens[pos].equals(")")) {
          return false;
        }
        pos++;
        return true;
      }
      if (!license(tokens[pos++])) {
        return false;
      }
      if (pos < tokens.length && is("WITH")) {
        pos++;
        return pos < tokens.length && SPDX_ID.matcher(tokens[pos++]).matches();
      }
      return true;
    }

    private boolean is(String operator) {
      return tokens[pos].equalsIgnoreCase(operator);
    }

    private static boolean license(String token) {
      String id = token.endsWith("+") ? token.substring(0, token.length() - 1) : token;
      if (id.matches("(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+")) {
        return true;
      }
      return SpdxIds.IDS.contains(id.toLowerCase(Locale.ROOT));
    }
  }

  /** The SPDX license list, loaded once. */
  private static final class SpdxIds {
    static final Set<String> IDS = load();

    private static Set<String> load() {
      Set<String> ids = new HashSet<>();
      try (InputStream in = LabelFormats.class.getResourceAsStream("/dockwright/spdx-license-ids.txt")) {
        if (in == null) {
          throw new IllegalStateException("spdx-license-ids.txt is missing from the jar");
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (!line.isBlank() && !line.startsWith("#")) {
            ids.add(line.trim().toLowerCase(Locale.ROOT));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Set.copyOf(ids);
    }
  }
}
