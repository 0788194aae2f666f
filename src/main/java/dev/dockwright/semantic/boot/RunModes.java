package dev.dockwright.semantic.boot;

import dev.dockwright.semantic.RunNotes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The run mode an image's own notes (LABEL RUN, comments) state. */
public final class RunModes {
  /** A mode and what said so, for messages. */
  public record Chosen(RunMode mode, String reason) {}

  private RunModes() {}

  /** The mode of the first run line of the notes; empty when no note gives a run line. */
  public static Optional<Chosen> fromNotes(List<RunNotes.Note> notes) {
    for (RunNotes.Note n : notes) {
      if (!n.isRunLine()) {
        continue;
      }
      String t = n.normalized().toLowerCase(Locale.ROOT);
      String where = "the run note on line " + n.range().startLine();
      if (t.contains("sysbox-runc")) {
        return Optional.of(new Chosen(RunMode.SYSBOX, where + " runs it with sysbox"));
      }
      if (t.matches("(?s).*\\bpodman( container)? run\\b.*")) {
        return Optional.of(new Chosen(RunMode.PODMAN, where + " runs it with Podman"));
      }
      if (n.grantsPrivileges()) {
        return Optional.of(new Chosen(RunMode.DOCKER_PRIVILEGED, where + " runs it with docker --privileged"));
      }
      return Optional.of(new Chosen(RunMode.DOCKER, where + " runs it with docker without --privileged"));
    }
    return Optional.empty();
  }

  /** The configured mode, else the notes', else docker {@code --privileged} (the seed's recipe). */
  public static Chosen choose(Optional<RunMode> configured, String configuredBy, List<RunNotes.Note> notes) {
    if (configured.isPresent()) {
      return new Chosen(configured.get(), "set by " + configuredBy);
    }
    return fromNotes(notes).orElse(new Chosen(RunMode.DOCKER_PRIVILEGED,
        "nothing says how the image is run, and docker --privileged is the classic recipe"));
  }
}
