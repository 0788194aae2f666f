package dev.dockwright.semantic;

import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.LogicalText;
import dev.dockwright.ast.SourceText;
import dev.dockwright.shell.Assignment;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.ShellParser;
import dev.dockwright.shell.ShellScript;
import dev.dockwright.shell.SystemctlInvocation;
import dev.dockwright.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shell script an exec-form ENTRYPOINT starts, read from the build context where a COPY or ADD put it
 * ({@code shared/spec/systemd-boot.md} §6.1): whether it hands PID 1 on ({@code exec "$@"}, {@code exec
 * /sbin/init}), and what it does to the run time before that: masks units, exports {@code container}, remounts
 * {@code /sys} read-only (which skips every udev unit by its own condition).
 *
 * @param path where the image has it ({@code /usr/local/bin/entrypoint})
 * @param source the build-context path the COPY takes it from
 * @param copy the COPY or ADD that puts it there
 * @param execsArguments it ends by {@code exec "$@"}: its arguments (the ENTRYPOINT's rest, then CMD) become PID 1
 * @param execsInit it {@code exec}s an init itself ({@code exec /sbin/init}), the path
 * @param masked units it masks ({@code systemctl mask}, {@code ln -s /dev/null /etc/systemd/system/X}) before
 *     init starts, each with the script's line
 * @param container the value it gives {@code container} ({@code export container=docker}), when literal
 * @param sysReadOnly the line where it remounts {@code /sys} read-only, when it does
 */
public record EntrypointScript(String path, String source, Instruction copy, boolean execsArguments,
    Optional<String> execsInit, List<Masked> masked, Optional<String> container, Optional<Integer> sysReadOnly) {

  /** A unit the script masks, and the script line. */
  public record Masked(String unit, int line) {}

  public EntrypointScript {
    masked = List.copyOf(masked);
  }

  /** {@code `entrypoint`}, for messages. */
  public String name() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** Reads the script's text. Only POSIX-shell scripts ({@code #!} sh, bash, dash, ash or none) are read. */
  public static Optional<EntrypointScript> parse(String path, String source, Instruction copy, String text) {
    String first = text.lines().findFirst().orElse("");
    if (first.startsWith("#!") && !dev.dockwright.shell.Shells.isPosix(interpreterOf(first))) {
      return Optional.empty();
    }
    SourceText src = new SourceText(text);
    ShellScript script = ShellParser.parse(LogicalText.of(src, 0, text.length()));
    boolean execsArgs = false;
    Optional<String> execsInit = Optional.empty();
    List<Masked> masked = new ArrayList<>();
    Optional<String> container = Optional.empty();
    Optional<Integer> sysRo = Optional.empty();
    for (Invocation inv : script.invocations()) {
      int line = src.lineOf(inv.commandWord().range().startOffset());
      boolean exec = inv.hasWrapper("exec");
      String word = inv.commandWord().raw();
      if (exec && (word.equals("\"$@\"") || word.equals("$@") || word.equals("\"${@}\""))) {
        execsArgs = true;
      } else if (exec && inv.commandWord().literalValue().filter(SystemdAnalyzer::isInitPath).isPresent()) {
        execsInit = inv.commandWord().literalValue();
      }
      for (Assignment a : inv.command().assignments()) {
        if (a.name().equals("container") && exec) {
          container = a.value().literalValue().or(() -> Optional.of(""));
        }
      }
      if (inv.name().equals("export")) {
        for (Word w : inv.args()) {
          Optional<String> v = w.literalValue();
          if (v.isPresent() && v.get().startsWith("container=")) {
            container = Optional.of(v.get().substring("container=".length()));
          }
        }
      } else if (inv.name().equals("mount") && remountsSysReadOnly(inv)) {
        sysRo = Optional.of(line);
      } else if (inv.name().equals("systemctl")) {
        SystemctlInvocation sc = script.systemctlInvocations().stream().filter(s -> s.invocation() == inv)
            .findFirst().orElse(null);
        if (sc != null && sc.verb().equals("mask")) {
          for (Word u : sc.units()) {
            u.literalValue().ifPresent(n -> masked.add(new Masked(SystemdUnits.unitName(n), line)));
          }
        }
      } else if (inv.name().equals("ln") && inv.positionals().size() == 2
          && inv.positionals().get(0).literalValue().filter(v -> v.equals("/dev/null")).isPresent()) {
        inv.positionals().get(1).literalValue().filter(v -> v.startsWith(SystemdUnits.ADMIN_UNIT_DIR + "/"))
            .map(v -> v.substring(v.lastIndexOf('/') + 1)).filter(v -> !v.isEmpty())
            .ifPresent(n -> masked.add(new Masked(n, line)));
      }
    }
    return Optional.of(new EntrypointScript(path, source, copy, execsArgs, execsInit, masked, container, sysRo));
  }

  private static String interpreterOf(String shebang) {
    String[] words = shebang.substring(2).trim().split("\\s+");
    if (words.length == 0) {
      return "";
    }
    String program = words[0].substring(words[0].lastIndexOf('/') + 1);
    return program.equals("env") && words.length > 1 ? words[1] : program;
  }

  /** {@code mount -o remount,ro /sys}, {@code mount -o ro,remount /sys}, {@code mount -r -o remount /sys}. */
  private static boolean remountsSysReadOnly(Invocation mount) {
    List<String> words = mount.args().stream().map(w -> w.literalValue().orElse("")).toList();
    if (!words.contains("/sys") && !words.contains("/sys/")) {
      return false;
    }
    boolean remount = false;
    boolean ro = words.contains("-r") || words.contains("--read-only");
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String opts = w.equals("-o") && i + 1 < words.size() ? words.get(i + 1) : w.startsWith("-o") ? w.substring(2)
          : w.startsWith("--options=") ? w.substring("--options=".length()) : null;
      if (opts != null) {
        for (String o : opts.split(",")) {
          remount |= o.equals("remount");
          ro |= o.equals("ro");
        }
      }
    }
    return remount && ro;
  }
}
