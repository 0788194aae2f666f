package dev.dockwright.shell;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Option syntax of commands the queries look into. Only options that take a separate value matter:
 * without them {@code apt-get install -o Dpkg::Options::=--force-confold curl} would count the
 * {@code -o} value as a package.
 */
final class CommandSpecs {
  private CommandSpecs() {}

  static final Pattern PIP = Pattern.compile("pip[0-9.]*");
  static final Pattern PYTHON = Pattern.compile("python[0-9.]*");

  static final ArgSpec APT = ArgSpec.withValues(
      "-o", "--option", "-c", "--config-file", "-t", "--target-release", "--default-release", "-a",
      "--host-architecture", "-F", "-w");
  static final ArgSpec RPM = ArgSpec.withValues(
      "-c", "--config", "-d", "--debuglevel", "-e", "--errorlevel", "-x", "--exclude", "--installroot",
      "--releasever", "--enablerepo", "--disablerepo", "--repo", "--repoid", "--setopt", "--downloaddir",
      "--destdir", "--forcearch", "--color", "--disableplugin", "--enableplugin", "--rpmverbosity", "--advisory",
      "--bz", "--cve", "--sec-severity");
  static final ArgSpec APK = ArgSpec.withValues(
      "-t", "--virtual", "-X", "--repository", "-p", "--root", "--repositories-file", "--keys-dir", "--arch",
      "--cache-dir", "--cache-max-age");
  static final ArgSpec ZYPPER = ArgSpec.withValues(
      "-R", "--root", "--reposd-dir", "-c", "--config", "-D", "--cache-dir", "-r", "--repo", "-t", "--type",
      "--from", "--download");
  static final ArgSpec PIP_SPEC = ArgSpec.withValues(
      "-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-t", "--target", "--prefix", "--root",
      "-i", "--index-url", "--extra-index-url", "--trusted-host", "-f", "--find-links", "--platform",
      "--python-version", "--implementation", "--abi", "--cache-dir", "--log", "--proxy", "--timeout",
      "--retries", "--src", "--upgrade-strategy", "--progress-bar", "--only-binary", "--no-binary",
      "-C", "--config-settings", "--global-option", "--install-option", "--python", "--exists-action",
      "--cert", "--client-cert", "--report", "--root-user-action", "--keyring-provider", "--use-feature",
      "--use-deprecated", "--resume-retries", "--group", "--log-file", "--local-log", "-b", "--build");
  /** pipx's own options; {@code -e} is a flag here, not pip's {@code -e <path>}. */
  static final ArgSpec PIPX = ArgSpec.withValues(
      "--python", "--suffix", "--pip-args", "-i", "--index-url", "--preinstall", "--spec");
  static final ArgSpec NPM = ArgSpec.withValues(
      "--prefix", "--registry", "--loglevel", "--cache", "--omit", "--include", "-w", "--workspace", "--tag",
      "--userconfig", "--globalconfig");
  static final ArgSpec YARN = ArgSpec.withValues(
      "--cwd", "--modules-folder", "--cache-folder", "--network-timeout", "--registry", "--mutex",
      "--global-folder", "--link-folder");
  static final ArgSpec GEM = ArgSpec.withValues(
      "-v", "--version", "-i", "--install-dir", "-n", "--bindir", "-s", "--source", "--platform", "-P",
      "--trust-policy", "-g", "--file", "--build-root");
  static final ArgSpec GO = ArgSpec.withValues(
      "-ldflags", "-gcflags", "-asmflags", "-tags", "-o", "-mod", "-p", "-modfile", "-overlay", "-pkgdir",
      "-toolexec", "-C", "-buildmode", "-compiler", "-gccgoflags", "-installsuffix", "-pgo").withSingleDashLong();
  static final ArgSpec SYSTEMCTL = ArgSpec.withValues(
      "-t", "--type", "-p", "--property", "-H", "--host", "-M", "--machine", "--root", "--state", "-s",
      "--signal", "-n", "--lines", "-o", "--output", "--job-mode", "--kill-whom", "--kill-value",
      "--preset-mode", "--boot-loader-entry", "--what", "--timestamp", "--image", "--drop-in", "--when");

  static final ArgSpec USERADD = ArgSpec.withValues(
      "-u", "--uid", "-g", "--gid", "-G", "--groups", "-d", "--home-dir", "-s", "--shell", "-c", "--comment", "-e",
      "--expiredate", "-f", "--inactive", "-k", "--skel", "-K", "--key", "-b", "--base-dir", "-p", "--password",
      "-R", "--root", "-P", "--prefix", "-Z", "--selinux-user");
  static final ArgSpec TAR = ArgSpec.withValues(
      "-f", "--file", "-C", "--directory", "-T", "--files-from", "-X", "--exclude-from", "-b", "--blocking-factor",
      "-H", "--format", "-I", "--use-compress-program", "-K", "--starting-file", "-N", "--newer", "-V", "--label",
      "--owner", "--group", "--mode", "--transform", "--strip-components", "--exclude");
  static final ArgSpec WGET = ArgSpec.withValues(
      "-O", "--output-document", "-o", "--output-file", "-a", "--append-output", "-P", "--directory-prefix", "-e",
      "--execute", "-i", "--input-file", "-t", "--tries", "-T", "--timeout", "-U", "--user-agent", "-w", "--wait",
      "-Q", "--quota", "-B", "--base", "--header", "--user", "--password", "--post-data", "--post-file");
  static final ArgSpec LN = ArgSpec.withValues("-t", "--target-directory", "-S", "--suffix");

  private static final Map<String, ArgSpec> BY_NAME = Map.ofEntries(
      Map.entry("apt-get", APT), Map.entry("apt", APT), Map.entry("aptitude", APT),
      Map.entry("yum", RPM), Map.entry("dnf", RPM), Map.entry("microdnf", RPM),
      Map.entry("apk", APK), Map.entry("zypper", ZYPPER),
      Map.entry("pipx", PIPX), Map.entry("npm", NPM), Map.entry("yarn", YARN), Map.entry("gem", GEM),
      Map.entry("go", GO),
      Map.entry("systemctl", SYSTEMCTL), Map.entry("useradd", USERADD), Map.entry("tar", TAR),
      Map.entry("wget", WGET), Map.entry("ln", LN));

  static ArgSpec forCommand(String name) {
    ArgSpec spec = BY_NAME.get(name);
    if (spec != null) {
      return spec;
    }
    return PIP.matcher(name).matches() ? PIP_SPEC : ArgSpec.DEFAULT;
  }
}
