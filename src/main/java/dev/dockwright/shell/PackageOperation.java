package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * One package-manager command, normalised.
 *
 * @param rawVerb the verb as written ({@code install}, {@code add}, {@code in}, {@code global add}); empty
 *     for a bare {@code yarn}, which installs
 * @param verbWord the word holding the verb, when there is one
 * @param packages the packages installed (or removed, upgraded ... per the verb); for SWAP the ones
 *     installed
 * @param removedPackages for SWAP, the packages swapped out; empty otherwise
 * @param requirementFiles pip {@code -r} files
 * @param options every option of the command ({@code -y}, {@code --no-install-recommends}, {@code --no-cache})
 * @param nonInteractive the command cannot stop at a confirmation prompt: it has an assume-yes flag
 *     ({@code -y}, {@code --yes}, {@code --assume-yes}, {@code --assumeyes}, apt's {@code -qq}/{@code -q=2},
 *     zypper's {@code -n}/{@code --non-interactive} or {@code -y}/{@code --no-confirm}, pip uninstall's
 *     {@code -y}), or the manager/verb never prompts (apk, pip install, pipx, npm, yarn, gem, go, microdnf, and
 *     UPDATE/CLEAN of apt and yum/dnf)
 */
public record PackageOperation(
    PackageManager manager,
    PackageVerb verb,
    String rawVerb,
    Optional<Word> verbWord,
    List<PackageRef> packages,
    List<PackageRef> removedPackages,
    List<Word> requirementFiles,
    List<Option> options,
    boolean nonInteractive,
    Invocation invocation) {

  public PackageOperation {
    packages = List.copyOf(packages);
    removedPackages = List.copyOf(removedPackages);
    requirementFiles = List.copyOf(requirementFiles);
    options = List.copyOf(options);
  }

  public boolean hasOption(String... flags) {
    return options.stream().anyMatch(o -> o.is(flags));
  }

  public SourceRange range() {
    return invocation.range();
  }
}
