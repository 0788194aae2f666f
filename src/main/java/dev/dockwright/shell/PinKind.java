package dev.dockwright.shell;

/** How a package argument selects a version. */
public enum PinKind {
  /** Just a name: whatever version the index has. */
  NONE,
  /**
   * One exact version: apt/apk/zypper {@code pkg=1.2}, pip {@code pkg==1.2} / {@code ===}, npm/yarn/go
   * {@code pkg@1.2.3}, gem {@code pkg:1.2} or {@code -v 1.2}, yum/dnf {@code pkg-1.2-3.el8} (see
   * {@link PackageRef} for that heuristic).
   */
  EXACT,
  /** A constraint: pip {@code >= ~= != < >} or {@code ==1.*}, npm {@code ^1.2}, apk {@code ~1.2 >1.2}, gem {@code ~> 1.2}. */
  RANGE,
  /** An apt target release ({@code pkg/bookworm-backports}) or an apk repository tag ({@code pkg@edge}). */
  RELEASE,
  /** A moving tag: npm {@code @latest}/{@code @next}, go {@code @latest} or a branch name. */
  TAG,
  /** A local file or directory: {@code ./x.deb}, {@code x.whl}, {@code x.rpm}, {@code ./pkg.tgz}, {@code .}. */
  FILE,
  /** A URL or VCS reference: {@code git+https://...}, {@code https://.../x.rpm}, {@code github:user/repo}. */
  URL,
  /** The word is computed at run time ({@code $PACKAGES}); nothing is known about it. */
  DYNAMIC
}
