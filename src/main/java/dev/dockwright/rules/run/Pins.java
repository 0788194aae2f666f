package dev.dockwright.rules.run;

import dev.dockwright.ast.SourceRange;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.shell.PackageRef;
import dev.dockwright.shell.Word;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the version-pinning rules share: which package arguments count as pinned and how a finding reads.
 * Pinned: an exact version (also one given through a variable, {@code curl=${CURL_VERSION}}), a local
 * file, a URL the manager's rule accepts, and an argument computed at run time ({@code $PACKAGES}), about
 * which nothing is known. Ranges ({@code >=}) are reported with their own message unless the rule's
 * {@code allow-ranges} option is true.
 */
final class Pins {
  private Pins() {}

  /** How one manager writes and accepts versions. */
  record Style(
      String exactTemplate,
      Predicate<PackageRef> acceptedRange,
      boolean releaseIsPinned,
      Predicate<PackageRef> urlPinned,
      String urlAdvice,
      Predicate<PackageRef> skipped) {

    String exact(String name) {
      return exactTemplate.replace("NAME", name);
    }
  }

  /** The option every pin rule declares: version ranges count as pins (hadolint's verdict). */
  static final String ALLOW_RANGES = "allow-ranges";
  static final String ALLOW_RANGES_SUMMARY = "accept version ranges such as `>=1.2` as pins";

  static final Predicate<PackageRef> NONE = r -> false;
  static final Predicate<PackageRef> ALL = r -> true;

  static void check(RuleContext context, List<RunScripts.Operation> operations, Style style) {
    boolean allowRanges = (Boolean) context.option(ALLOW_RANGES).orElseThrow();
    for (RunScripts.Operation operation : operations) {
      for (PackageRef ref : operation.op().packages()) {
        if (style.skipped().test(ref)) {
          continue;
        }
        switch (ref.pinKind()) {
          case NONE -> context.report(ref.range(), "`" + ref.name() + "` is not pinned: write `"
              + style.exact(ref.name()) + "`");
          case RANGE -> {
            if (!allowRanges && !style.acceptedRange().test(ref)) {
              String constraint = ref.operator() + (ref.operator().startsWith("-") ? " " : "") + ref.version();
              context.report(partOf(context, ref.word(), constraint), "`" + constraint + "` is a version range, "
                  + "not a pin: write `" + style.exact(ref.name()) + "`");
            }
          }
          case TAG -> {
            String tag = ref.operator() + ref.version();
            context.report(partOf(context, ref.word(), tag), "`" + tag + "` is a tag that moves, not a pin: write `"
                + style.exact(ref.name()) + "`");
          }
          case RELEASE -> {
            if (!style.releaseIsPinned()) {
              String release = ref.operator() + ref.version();
              context.report(partOf(context, ref.word(), release), "`" + release + "` selects a repository, not "
                  + "a version: write `" + style.exact(ref.name()) + "`");
            }
          }
          case URL -> {
            if (!style.urlPinned().test(ref)) {
              context.report(ref.range(), "`" + ref.name() + "` is not pinned: " + style.urlAdvice());
            }
          }
          case EXACT, FILE, DYNAMIC -> { }
          default -> { }
        }
      }
    }
  }

  /**
   * The range of {@code part} inside a word when the word is written on one line as its raw text (so the
   * characters line up), else the whole word.
   */
  static SourceRange partOf(RuleContext context, Word word, String part) {
    SourceRange r = word.range();
    String slice = context.source().slice(r);
    int at = slice.equals(word.raw()) ? slice.lastIndexOf(part) : -1;
    return at < 0 || part.isEmpty() ? r : context.source().range(r.startOffset() + at, r.startOffset() + at
        + part.length());
  }
}
