package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;

/**
 * One package argument.
 *
 * <p>yum/dnf/microdnf also accept {@code name-version[-release]}, which cannot always be told apart from
 * a name with dashes ({@code java-1.8.0-openjdk} is a name). It is read as pinned only when the text after
 * a dash starts with a digit and either contains a dot with no {@code -} after it, or is {@code V-R} with
 * both parts starting with a digit: {@code nginx-1.20.1} and {@code httpd-2.4.6-97.el7} are pinned,
 * {@code java-1.8.0-openjdk} and {@code python3-pip} are not.
 *
 * @param name the package name as written, without version ({@code @scope/pkg}, {@code pkg[extra]}, the
 *     path or URL for FILE/URL, the raw word for DYNAMIC)
 * @param version the version, release or tag text; null when the argument names no version
 * @param operator how the version is attached: {@code =}, {@code ==}, {@code >=}, {@code @}, {@code /},
 *     {@code :}, {@code -}, {@code -v} ...; null when there is no version
 * @param word the argument word
 * @param range the argument's range (the package word; for gem {@code -v} the package word too)
 */
public record PackageRef(String name, String version, PinKind pinKind, String operator, Word word, SourceRange range) {

  /** True for an exact version pin. */
  public boolean isPinned() {
    return pinKind == PinKind.EXACT;
  }
}
