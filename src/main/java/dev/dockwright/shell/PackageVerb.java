package dev.dockwright.shell;

/**
 * What a package-manager command does, normalised across managers. UPDATE refreshes the package index
 * ({@code apt-get update}, {@code apk update}, {@code zypper refresh}, {@code yum makecache}); UPGRADE
 * upgrades installed packages ({@code apt-get upgrade}, {@code yum update}, {@code npm update}).
 */
public enum PackageVerb {
  INSTALL, REMOVE, UPDATE, UPGRADE, CLEAN, SWAP, OTHER
}
