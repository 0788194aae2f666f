package dev.dockwright.semantic;

import java.util.Set;

/** Build arguments BuildKit predefines. */
public final class BuiltinArgs {
  private BuiltinArgs() {}

  /** Platform arguments: in the global scope automatically, in a stage only after {@code ARG NAME}. */
  public static final Set<String> PLATFORM = Set.of("TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT",
      "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT", "TARGETSTAGE");

  /** Proxy arguments: passed to RUN without being declared, never expanded in instructions. */
  public static final Set<String> PROXY = Set.of("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy",
      "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy");

  /** BuildKit's own build arguments that change how it builds. */
  public static final Set<String> BUILDKIT = Set.of("BUILDKIT_CACHE_MOUNT_NS", "BUILDKIT_CONTEXT_KEEP_GIT_DIR",
      "BUILDKIT_INLINE_CACHE", "BUILDKIT_MULTI_PLATFORM", "BUILDKIT_SANDBOX_HOSTNAME", "BUILDKIT_SYNTAX",
      "SOURCE_DATE_EPOCH");

  public static boolean isPredefined(String name) {
    return PLATFORM.contains(name) || PROXY.contains(name) || BUILDKIT.contains(name);
  }
}
