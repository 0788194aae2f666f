package dev.dockwright.semantic;

import java.util.Locale;
import java.util.Objects;

/**
 * The image reference of a FROM instruction, split into its components with their positions, following
 * the grammar of {@code github.com/distribution/reference} as BuildKit applies it
 * ({@code ParseNormalizedNamed}):
 *
 * <pre>
 * reference  := name [ ":" tag ] [ "@" digest ]
 * name       := [ registry "/" ] path           path := component ( "/" component )*
 * registry   := host [ ":" port ]               host := dns-labels | "[" ipv6 "]"
 * component  := [a-z0-9]+ ( ( "." | "_" | "__" | "-"+ ) [a-z0-9]+ )*
 * tag        := [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}
 * digest     := algorithm ":" hex    (sha256/sha384/sha512 with 64/96/128 lowercase hex digits)
 * </pre>
 *
 * The first path element is a registry only when it contains {@code .} or {@code :}, is {@code localhost},
 * or has uppercase letters (Docker's rule); otherwise the name is on Docker Hub, where a single-element
 * name lives under {@code library/}.
 *
 * <p>Text containing {@code $} has unexpanded variables: it is split with the same rules, ignoring
 * separators inside {@code ${...}}, but not validated ({@link #valid()} is true, {@link #hasVariable()}
 * tells such references apart). Invalid text never throws: {@code valid} is false, {@link #message()} says
 * what is wrong, and the components found are still filled in.
 *
 * @param text the reference as written
 * @param valid whether it is a valid reference (always true when {@link #hasVariable()})
 * @param message what is wrong when not valid, otherwise null
 * @param registry the registry as written ({@code index.docker.io}, {@code localhost:5000}); null when the
 *     Docker Hub default is implied
 * @param repository the repository path as written ({@code ubuntu}, {@code team/app}); see {@link #path()}
 *     for the normalized one
 * @param tag the tag without {@code :}, or null
 * @param digest the digest with its algorithm ({@code sha256:...}), or null
 */
public record ImageReference(
    String text,
    boolean valid,
    String message,
    String registry,
    TextSpan registrySpan,
    String repository,
    TextSpan repositorySpan,
    String tag,
    TextSpan tagSpan,
    String digest,
    TextSpan digestSpan) {

  public static final String DOCKER_HUB_DOMAIN = "docker.io";
  public static final String SCRATCH = "scratch";

  private static final String LEGACY_DOCKER_HUB_DOMAIN = "index.docker.io";
  private static final String OFFICIAL_NAMESPACE = "library/";
  private static final int MAX_PATH_LENGTH = 255;
  private static final int MAX_TAG_LENGTH = 128;
  private static final int MIN_DIGEST_HEX = 32;

  public ImageReference {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(repositorySpan, "repositorySpan");
    if ((registry == null) != (registrySpan == null)
        || (tag == null) != (tagSpan == null)
        || (digest == null) != (digestSpan == null)) {
      throw new IllegalArgumentException("each component needs its span");
    }
    if (valid == (message != null)) {
      throw new IllegalArgumentException("a message is required exactly for invalid references");
    }
  }

  /** Parses FROM's image text; never throws. */
  public static ImageReference parse(String text) {
    String t = text == null ? "" : text;
    boolean[] insideVariable = variableMask(t);

    int at = indexOfOutsideVariables(t, insideVariable, '@', 0, t.length(), true);
    int nameAndTagEnd = at < 0 ? t.length() : at;
    int lastSlash = indexOfOutsideVariables(t, insideVariable, '/', 0, nameAndTagEnd, false);
    int colon = indexOfOutsideVariables(t, insideVariable, ':', lastSlash + 1, nameAndTagEnd, false);
    int nameEnd = colon < 0 ? nameAndTagEnd : colon;
    int firstSlash = indexOfOutsideVariables(t, insideVariable, '/', 0, nameEnd, true);

    TextSpan registrySpan = null;
    int repositoryStart = 0;
    if (firstSlash >= 0 && looksLikeRegistry(t.substring(0, firstSlash), insideVariable)) {
      registrySpan = new TextSpan(0, firstSlash);
      repositoryStart = firstSlash + 1;
    }
    TextSpan repositorySpan = new TextSpan(repositoryStart, nameEnd);
    TextSpan tagSpan = colon < 0 ? null : new TextSpan(colon + 1, nameAndTagEnd);
    TextSpan digestSpan = at < 0 ? null : new TextSpan(at + 1, t.length());

    String registry = registrySpan == null ? null : registrySpan.of(t);
    String repository = repositorySpan.of(t);
    String tag = tagSpan == null ? null : tagSpan.of(t);
    String digest = digestSpan == null ? null : digestSpan.of(t);

    String problem = t.indexOf('$') >= 0 ? null : findProblem(t, registry, repository, tag, digest);
    return new ImageReference(
        t, problem == null, problem, registry, registrySpan, repository, repositorySpan, tag, tagSpan, digest,
        digestSpan);
  }

  /** The registry host BuildKit pulls from: {@code docker.io} when implied or written as {@code index.docker.io}. */
  public String domain() {
    if (registry == null || registry.equals(LEGACY_DOCKER_HUB_DOMAIN)) {
      return DOCKER_HUB_DOMAIN;
    }
    return registry;
  }

  public boolean isDockerHub() {
    return domain().equals(DOCKER_HUB_DOMAIN);
  }

  /** The normalized repository path: {@code ubuntu} on Docker Hub is {@code library/ubuntu}. */
  public String path() {
    if (isDockerHub() && !repository.isEmpty() && repository.indexOf('/') < 0) {
      return OFFICIAL_NAMESPACE + repository;
    }
    return repository;
  }

  /** {@code docker.io/library/ubuntu}: the fully qualified name, without tag or digest. */
  public String canonicalName() {
    return domain() + "/" + path();
  }

  /**
   * The short name Docker shows, without tag or digest: {@code ubuntu}, {@code team/app},
   * {@code myreg:5000/team/app}.
   */
  public String familiarName() {
    if (!isDockerHub()) {
      return registry + "/" + repository;
    }
    String path = path();
    if (path.startsWith(OFFICIAL_NAMESPACE) && path.indexOf('/', OFFICIAL_NAMESPACE.length()) < 0) {
      return path.substring(OFFICIAL_NAMESPACE.length());
    }
    return path;
  }

  /** {@code FROM scratch}: BuildKit's empty base image, which it never pulls. */
  public boolean isScratch() {
    return text.equals(SCRATCH);
  }

  /** Whether the text still has variable references (it was not, or could not be, expanded). */
  public boolean hasVariable() {
    return text.indexOf('$') >= 0;
  }

  // ---- splitting -------------------------------------------------------------------------------------

  /** Marks the characters of each {@code ${...}} (nested ones included), whose separators are not structural. */
  private static boolean[] variableMask(String text) {
    boolean[] mask = new boolean[text.length()];
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith("${", i)) {
        int depth = 0;
        int j = i;
        do {
          if (text.startsWith("${", j)) {
            depth++;
            j += 2;
          } else {
            if (text.charAt(j) == '}') {
              depth--;
            }
            j++;
          }
        } while (depth > 0 && j < text.length());
        for (int k = i; k < j; k++) {
          mask[k] = true;
        }
        i = j;
      } else {
        i++;
      }
    }
    return mask;
  }

  private static int indexOfOutsideVariables(
      String text, boolean[] insideVariable, char ch, int from, int to, boolean first) {
    if (first) {
      for (int i = Math.max(from, 0); i < to; i++) {
        if (text.charAt(i) == ch && !insideVariable[i]) {
          return i;
        }
      }
    } else {
      for (int i = to - 1; i >= Math.max(from, 0); i--) {
        if (text.charAt(i) == ch && !insideVariable[i]) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Docker's {@code splitDockerDomain} test for the first path element. */
  private static boolean looksLikeRegistry(String element, boolean[] insideVariable) {
    if (element.equals("localhost")) {
      return true;
    }
    for (int i = 0; i < element.length(); i++) {
      char c = element.charAt(i);
      if ((c == '.' || c == ':') && !insideVariable[i]) {
        return true;
      }
    }
    return !element.toLowerCase(Locale.ROOT).equals(element);
  }

  // ---- validation ------------------------------------------------------------------------------------

  private static String findProblem(String text, String registry, String repository, String tag, String digest) {
    if (text.isEmpty()) {
      return "image reference is empty";
    }
    if (text.length() == 64 && isLowerHex(text)) {
      return "`" + text + "` is an image ID; a reference cannot be a 64-character hex string";
    }
    if (registry != null && !isValidRegistry(registry)) {
      return "invalid registry `" + registry + "`";
    }
    String pathProblem = findPathProblem(registry, repository);
    if (pathProblem != null) {
      return pathProblem;
    }
    if (tag != null) {
      String tagProblem = findTagProblem(tag);
      if (tagProblem != null) {
        return tagProblem;
      }
    }
    return digest == null ? null : findDigestProblem(digest);
  }

  private static String findPathProblem(String registry, String repository) {
    if (repository.isEmpty()) {
      return "repository name is empty";
    }
    for (String component : repository.split("/", -1)) {
      if (!isValidPathComponent(component)) {
        if (isValidPathComponent(component.toLowerCase(Locale.ROOT))) {
          return "repository name must be lowercase: `" + repository + "`";
        }
        return component.isEmpty()
            ? "empty component in repository name `" + repository + "`"
            : "invalid repository name component `" + component + "`";
      }
    }
    boolean onDockerHub =
        registry == null || registry.equals(DOCKER_HUB_DOMAIN) || registry.equals(LEGACY_DOCKER_HUB_DOMAIN);
    boolean official = onDockerHub && repository.indexOf('/') < 0;
    int pathLength = repository.length() + (official ? OFFICIAL_NAMESPACE.length() : 0);
    if (pathLength > MAX_PATH_LENGTH) {
      return "repository name must not be more than " + MAX_PATH_LENGTH + " characters";
    }
    return null;
  }

  /** {@code host[:port]}, host being dot-separated DNS labels or a bracketed IPv6 address. */
  private static boolean isValidRegistry(String registry) {
    String host = registry;
    // An IPv6 host is full of colons; its port colon is the one after the closing bracket.
    int portColon =
        registry.startsWith("[") ? registry.indexOf(':', Math.max(registry.indexOf(']'), 0)) : registry.indexOf(':');
    if (portColon >= 0) {
      String port = registry.substring(portColon + 1);
      if (port.isEmpty() || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return false;
      }
      host = registry.substring(0, portColon);
    }
    if (host.startsWith("[")) {
      if (host.length() < 3 || !host.endsWith("]")) {
        return false;
      }
      return host.substring(1, host.length() - 1).chars().allMatch(c -> isHexDigit(c) || c == ':');
    }
    for (String label : host.split("\\.", -1)) {
      if (label.isEmpty() || label.charAt(0) == '-' || label.charAt(label.length() - 1) == '-') {
        return false;
      }
      if (!label.chars().allMatch(c -> isAsciiAlphanumeric(c) || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** Lowercase alphanumeric runs separated by exactly one of {@code .}, {@code _}, {@code __} or dashes. */
  private static boolean isValidPathComponent(String component) {
    int i = 0;
    int n = component.length();
    while (true) {
      int runStart = i;
      while (i < n && isLowerAlphanumeric(component.charAt(i))) {
        i++;
      }
      if (i == runStart) {
        return false;
      }
      if (i == n) {
        return true;
      }
      int separatorStart = i;
      while (i < n && !isLowerAlphanumeric(component.charAt(i))) {
        i++;
      }
      String separator = component.substring(separatorStart, i);
      if (!(separator.equals(".") || separator.equals("_") || separator.equals("__") || isAllDashes(separator))) {
        return false;
      }
    }
  }

  private static String findTagProblem(String tag) {
    if (tag.isEmpty()) {
      return "tag is empty after `:`";
    }
    if (tag.length() > MAX_TAG_LENGTH) {
      return "tag `" + tag + "` is longer than " + MAX_TAG_LENGTH + " characters";
    }
    boolean valid = isWordChar(tag.charAt(0));
    for (int i = 1; i < tag.length() && valid; i++) {
      char c = tag.charAt(i);
      valid = isWordChar(c) || c == '.' || c == '-';
    }
    return valid ? null : "invalid tag `" + tag + "`";
  }

  /** The reference grammar's digest shape, then go-digest's check of the algorithms BuildKit supports. */
  private static String findDigestProblem(String digest) {
    int colon = digest.indexOf(':');
    String algorithm = colon < 0 ? digest : digest.substring(0, colon);
    String hex = colon < 0 ? "" : digest.substring(colon + 1);
    if (colon < 0 || !isDigestAlgorithm(algorithm) || hex.length() < MIN_DIGEST_HEX
        || !hex.chars().allMatch(ImageReference::isHexDigit)) {
      return "invalid digest `" + digest + "`";
    }
    int expectedLength;
    switch (algorithm) {
      case "sha256":
        expectedLength = 64;
        break;
      case "sha384":
        expectedLength = 96;
        break;
      case "sha512":
        expectedLength = 128;
        break;
      default:
        return "unsupported digest algorithm `" + algorithm + "`";
    }
    if (hex.length() != expectedLength) {
      return "`" + algorithm + "` digest must have " + expectedLength + " hex digits, not " + hex.length();
    }
    if (!isLowerHex(hex)) {
      return "digest hex digits must be lowercase";
    }
    return null;
  }

  /** {@code [A-Za-z][A-Za-z0-9]*} components joined by one of {@code + . - _}. */
  private static boolean isDigestAlgorithm(String algorithm) {
    boolean expectLetter = true;
    for (int i = 0; i < algorithm.length(); i++) {
      char c = algorithm.charAt(i);
      if (expectLetter) {
        if (!isAsciiLetter(c)) {
          return false;
        }
        expectLetter = false;
      } else if (c == '+' || c == '.' || c == '-' || c == '_') {
        expectLetter = true;
      } else if (!isAsciiAlphanumeric(c)) {
        return false;
      }
    }
    return !expectLetter;
  }

  private static boolean isAllDashes(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c == '-');
  }

  private static boolean isLowerHex(String s) {
    return s.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
  }

  private static boolean isHexDigit(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiAlphanumeric(int c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }

  private static boolean isLowerAlphanumeric(int c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** Go's {@code \w}: ASCII letters, digits and underscore. */
  private static boolean isWordChar(int c) {
    return isAsciiAlphanumeric(c) || c == '_';
  }
}
