package dev.dockwright.semantic;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a public image that runs systemd as PID 1 already sets up, so an image built on it does not need to
 * (and is not told to). {@link Inherited#UNKNOWN} where the image's recipe is not certain: rules treat that
 * as "do not guess".
 *
 * @param pattern the part of the repository path that identifies the image
 */
public record KnownInitImage(String pattern, Inherited containerEnv, Inherited stopSignal, Inherited cgroupVolume,
    Inherited unitsPruned, Inherited systemdInstalled) {

  /** Whether a base image provides something. */
  public enum Inherited { PRESENT, ABSENT, UNKNOWN }

  private static final Inherited P = Inherited.PRESENT;
  private static final Inherited A = Inherited.ABSENT;
  private static final Inherited U = Inherited.UNKNOWN;

  /** Most specific first. */
  private static final List<KnownInitImage> TABLE = List.of(
      // CentOS-Dockerfiles systemd/centos7: ENV container, the pruning recipe, VOLUME, CMD init; no STOPSIGNAL.
      new KnownInitImage("centos/systemd", P, A, P, P, P),
      // Red Hat's init images: ENV container=oci, masked hostile units, STOPSIGNAL SIGRTMIN+3, no VOLUME.
      new KnownInitImage("ubi7/ubi-init", P, P, U, P, P),
      new KnownInitImage("ubi7-init", P, P, U, P, P),
      new KnownInitImage("rhel7/rhel-init", P, P, U, P, P),
      new KnownInitImage("-init", P, P, A, P, P),
      new KnownInitImage("jrei/systemd-", P, U, U, P, P),
      new KnownInitImage("fedora/systemd", U, U, U, U, P));

  /** The table row for an image {@link SystemdAnalyzer#isKnownInitImage known to run systemd}. */
  public static Optional<KnownInitImage> of(ImageReference ref) {
    if (!SystemdAnalyzer.isKnownInitImage(ref)) {
      return Optional.empty();
    }
    String path = ref.path().toLowerCase(Locale.ROOT);
    return Optional.of(TABLE.stream().filter(k -> path.contains(k.pattern)).findFirst()
        .orElse(new KnownInitImage(path, U, U, U, U, P)));
  }
}
