package dev.dockwright.semantic;

import dev.dockwright.ast.Comment;
import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.KeyValue;
import dev.dockwright.ast.SourceRange;
import dev.dockwright.ast.SourceText;
import dev.dockwright.ast.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documented ways to run an image: LABEL values holding a {@code docker run} / {@code podman run} line
 * (the Atomic-style {@code LABEL RUN="docker run --privileged ..."}) and comments that give a run line or
 * state {@code --privileged} or the cgroup mount. Lookalike dashes count as dashes here, so a note with
 * {@code –privileged} is still a note ({@code dash-lookalike-in-flag} reports the dash).
 */
public final class RunNotes {
  private static final Pattern RUN_LINE = Pattern.compile("\\b(docker|podman)( container)? run\\b");
  private static final Pattern PRIVILEGES = Pattern.compile(
      "--privileged|--cap-add[ =]+(CAP_)?SYS_ADMIN|--cap-add[ =]+ALL|--systemd[ =]+(always|true)|podman run"
          + "|--runtime[ =]+sysbox-runc");
  private static final Pattern CGROUP_RO = Pattern.compile(
      "(?:(?:-v|--volume)(?:\\s+|=))?/sys/fs/cgroup/?:/sys/fs/cgroup/?:ro\\b");
  private static final Pattern CGROUPNS_HOST = Pattern.compile("--cgroupns[ =]host");

  private RunNotes() {}

  /**
   * One note.
   *
   * @param text the LABEL value as written (quotes kept) or the comment text after {@code #}
   * @param label the LABEL instruction, for a label note
   * @param token the LABEL value token, for a label note
   * @param comment the comment, for a comment note
   */
  public record Note(String text, SourceRange range, Optional<Instruction> label, Optional<Token> token,
      Optional<Comment> comment, int textOffset, SourceText source) {

    /** The text with lookalike dashes and quotes made ASCII. */
    public String normalized() {
      return Lookalikes.normalize(text);
    }

    /** A {@code docker run} or {@code podman run} line. */
    public boolean isRunLine() {
      return RUN_LINE.matcher(normalized().toLowerCase(Locale.ROOT)).find();
    }

    /**
     * It gives systemd what it needs: {@code --privileged} (or SYS_ADMIN), a Podman run line, or the Sysbox
     * runtime ({@code --runtime=sysbox-runc}, which boots systemd in an unprivileged container).
     */
    public boolean grantsPrivileges() {
      return PRIVILEGES.matcher(normalized()).find();
    }

    public boolean mentionsCgroupMount() {
      return normalized().contains("/sys/fs/cgroup");
    }

    public boolean mountsCgroupReadOnly() {
      return CGROUP_RO.matcher(normalized()).find();
    }

    public boolean setsCgroupnsHost() {
      return CGROUPNS_HOST.matcher(normalized()).find();
    }

    /**
     * Where the read-only cgroup mount is written ({@code -v /sys/fs/cgroup:/sys/fs/cgroup:ro}, with its
     * flag when present), as offsets into {@link #text()}; computed on the text as written, so only when
     * the mount itself has no lookalike characters.
     */
    public Optional<int[]> cgroupReadOnlyMount() {
      Matcher m = CGROUP_RO.matcher(text);
      return m.find() ? Optional.of(new int[] {m.start(), m.end()}) : Optional.empty();
    }

    /** The source range of {@code text[start, end)}. */
    public SourceRange rangeOf(int start, int end) {
      if (token.isPresent()) {
        return token.get().subRange(start, end);
      }
      return source.range(textOffset + start, textOffset + end);
    }
  }

  /** Whether the text has one of the (lower-case) words, ignoring case. */
  private static boolean mentionsAny(String text, String... words) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String w : words) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The notes of the stages an image is built from in this file (root first), then of the stage itself. */
  public static List<Note> of(DockerfileModel model, List<Stage> chain) {
    List<Note> out = new ArrayList<>();
    for (Stage s : chain) {
      out.addAll(of(model, s));
    }
    return out;
  }

  /** LABEL notes of a stage's instructions, and comment notes between its FROM and the next FROM. */
  public static List<Note> of(DockerfileModel model, Stage stage) {
    SourceText source = model.ast().source();
    List<Note> out = new ArrayList<>();
    for (Instruction i : stage.effectiveInstructions()) {
      if (i instanceof Instruction.Label label) {
        for (KeyValue kv : label.pairs()) {
          if (kv.value().isEmpty()) {
            continue;
          }
          Token value = kv.value().get();
          if (!mentionsAny(value.text(), "run")) {
            continue; // cheap test first: most label values are versions and URLs
          }
          Note n = new Note(value.text(), value.range(), Optional.of(i), Optional.of(value), Optional.empty(), 0,
              source);
          if (n.isRunLine()) {
            out.add(n);
          }
        }
      }
    }
    int start = stage.from().range().startLine();
    List<Stage> stages = model.stages();
    int end = stage.index() + 1 < stages.size() ? stages.get(stage.index() + 1).from().range().startLine()
        : Integer.MAX_VALUE;
    // Comments are in source order: start at the stage's first one rather than scanning the whole file for
    // every stage (quadratic in a file with thousands of stages).
    List<Comment> comments = model.ast().comments();
    int first = stage.index() == 0 ? 0 : model.ast().lastCommentBefore(start + 1) + 1;
    for (Comment c : comments.subList(first, comments.size())) {
      int line = c.range().startLine();
      if (line >= end) {
        break;
      }
      boolean inStage = line > start && line < end || stage.index() == 0 && line < start;
      if (!inStage) {
        continue;
      }
      if (!mentionsAny(c.text(), "run", "privileged", "cap", "systemd", "cgroup")) {
        continue; // no note can match without one of these words (lookalike characters are never letters)
      }
      int offset = c.range().startOffset() + Math.max(0, source.slice(c.range()).indexOf(c.text()));
      Note n = new Note(c.text(), c.range(), Optional.empty(), Optional.empty(), Optional.of(c), offset, source);
      if (n.isRunLine() || n.grantsPrivileges() || n.mentionsCgroupMount()) {
        out.add(n);
      }
    }
    return out;
  }
}
