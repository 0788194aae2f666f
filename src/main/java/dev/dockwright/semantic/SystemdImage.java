package dev.dockwright.semantic;

import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * Whether a stage runs systemd as PID 1, and everything the systemd rules need to know about it.
 *
 * @param runsSystemd the gate of the systemd pack: true when the effective ENTRYPOINT/CMD starts an init
 *     (directly, through a wrapper, or in shell form) or the stage inherits that from a known base
 * @param gate the evidence that decided it (the CMD/ENTRYPOINT, or the base image)
 * @param initPath the init executable, e.g. {@code /usr/sbin/init}
 * @param initCommand the CMD or ENTRYPOINT instruction that starts init in this stage, when it is in this file
 * @param wrapper what runs init instead of it being PID 1 itself ({@code tini}, {@code sh -c}), if anything
 * @param shellForm init is started by a shell-form CMD/ENTRYPOINT
 * @param execed in shell form, init is started with {@code exec} (so it still becomes PID 1)
 * @param secondary supporting evidence (STOPSIGNAL SIGRTMIN+3, wants pruning, systemctl enable/mask)
 * @param inherited true when init comes from the base (an earlier stage or a known init image)
 * @param baseKnown false when the base is neither a stage of this file nor a distribution dockwright
 *     knows: rules that depend on inherited state must not guess then
 */
public record SystemdImage(
    boolean runsSystemd,
    Optional<Evidence> gate,
    Optional<String> initPath,
    Optional<Instruction> initCommand,
    Optional<String> wrapper,
    boolean shellForm,
    boolean execed,
    List<Evidence> secondary,
    boolean inherited,
    Distro distro,
    CgroupEra era,
    String eraReason,
    boolean baseKnown) {

  public SystemdImage {
    secondary = List.copyOf(secondary);
  }

  /** One observation about a stage, pointing at where it was seen. */
  public record Evidence(String description, Optional<Instruction> instruction, Optional<SourceRange> range) {}
}
