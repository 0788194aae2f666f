package dev.dockwright.shell;

import java.util.List;

/** An {@code rm} command with its flags and operands. */
public record RmInvocation(Invocation invocation, boolean recursive, boolean force, List<RmTarget> targets) {

  public RmInvocation {
    targets = List.copyOf(targets);
  }

  static RmInvocation of(Invocation inv) {
    List<RmTarget> targets = inv.positionals().stream()
        .map(w -> new RmTarget(w, w.literalValue(), w.hasGlob()))
        .toList();
    return new RmInvocation(inv, inv.hasOption("-r", "-R", "--recursive"), inv.hasOption("-f", "--force"),
        targets);
  }

  /**
   * True when this removes {@code directory} or everything in it: a recursive rm of {@code dir},
   * {@code dir/}, or an unquoted {@code dir/*} (a quoted {@code "dir/*"} names a file called {@code *}).
   */
  public boolean removesDirectory(String directory) {
    if (!recursive) {
      return false;
    }
    for (RmTarget target : targets) {
      if (target.path().isEmpty()) {
        continue;
      }
      String p = target.path().get();
      if (p.equals(directory) || p.equals(directory + "/") || (p.equals(directory + "/*") && target.hasGlob())) {
        return true;
      }
    }
    return false;
  }
}
