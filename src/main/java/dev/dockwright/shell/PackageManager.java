package dev.dockwright.shell;

/** Package managers whose invocations {@link ShellScript#packageOperations()} understands. */
public enum PackageManager {
  APT_GET, APT, APTITUDE, YUM, DNF, MICRODNF, APK, ZYPPER, PIP, PIPX, NPM, YARN, GEM, GO
}
