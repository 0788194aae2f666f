package dev.dockwright.rules.run;

import dev.dockwright.ast.SourceRange;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.shell.PackageOperation;
import dev.dockwright.shell.PackageRef;
import dev.dockwright.shell.Word;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * What the version-pinning rules share: which package arguments count as pinned and how a finding reads.
 * Pinned: an exact version (also one given through a variable, {@code curl=${CURL_VERSION}}), a local
 * file, a URL the manager's rule accepts, and an argument computed at run time ({@code $PACKAGES}), about
 * which nothing is known. Ranges ({@code >=}) are reported with their own message unless the rule's
 * {@code allow-ranges} option is true. With {@code compat: hadolint} an argument hadolint counts as pinned
 * (each manager's {@link Style#hadolintPinned}) is not reported; for the managers where hadolint accepts
 * ranges, that is what {@code allow-ranges} accepts.
 */
final class Pins {
  private Pins() {}

  /**
   * How one manager writes and accepts versions.
   *
   * @param hadolintPinned what hadolint's rule counts as pinned or does not look at (the operation gives
   *     the context: {@code pip install -r x}, {@code gem install -v}); used only with {@code compat: hadolint}
   */
  record Style(
      String exactTemplate,
      Predicate<PackageRef> acceptedRange,
      boolean releaseIsPinned,
      Predicate<PackageRef> urlPinned,
      String urlAdvice,
      Predicate<PackageRef> skipped,
      BiPredicate<PackageOperation, PackageRef> hadolintPinned) {

    /** Exact versions written as {@code exactTemplate}; no range accepted, releases and URLs pinned. */
    static Style of(String exactTemplate) {
      return new Style(exactTemplate, NONE, true, ALL, "", NONE, (op, r) -> false);
    }

    Style acceptingRanges(Predicate<PackageRef> accepted) {
      return new Style(exactTemplate, accepted, releaseIsPinned, urlPinned, urlAdvice, skipped, hadolintPinned);
    }

    Style releaseNotPinned() {
      return new Style(exactTemplate, acceptedRange, false, urlPinned, urlAdvice, skipped, hadolintPinned);
    }

    Style urls(Predicate<PackageRef> pinned, String advice) {
      return new Style(exactTemplate, acceptedRange, releaseIsPinned, pinned, advice, skipped, hadolintPinned);
    }

    Style skipping(Predicate<PackageRef> skip) {
      return new Style(exactTemplate, acceptedRange, releaseIsPinned, urlPinned, urlAdvice, skip, hadolintPinned);
    }

    Style hadolintPins(BiPredicate<PackageOperation, PackageRef> pinned) {
      return new Style(exactTemplate, acceptedRange, releaseIsPinned, urlPinned, urlAdvice, skipped, pinned);
    }

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
    boolean compat = context.settings().hadolintCompat();
    for (RunScripts.Operation operation : operations) {
      for (PackageRef ref : operation.op().packages()) {
        if (style.skipped().test(ref) || (compat && style.hadolintPinned().test(operation.op(), ref))) {
          continue;
        }
        switch (ref.pinKind()) {
          case NONE -> context.report(ref.range(), "`" + ref.name() + "` is not pinned: write `"
              + style.exact(ref.name()) + "`");
          case RANGE -> {
            if (!allowRanges && !style.acceptedRange().test(ref)) {
              String constraint = ref.operator() + (isFlag(ref.operator()) ? " " : "") + ref.version();
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

  /** gem's {@code -v}/{@code --version}, as opposed to an operator such as rpm's {@code -}. */
  private static boolean isFlag(String operator) {
    return operator.length() > 1 && operator.startsWith("-");
  }

  /**
   * The argument as hadolint reads it: name, operator and version as written ({@code flask>=2.0},
   * {@code nginx-${NGINX_VERSION}}); the path or URL for a file or URL.
   */
  static String written(PackageRef ref) {
    return ref.version() == null ? ref.name() : ref.name() + ref.operator() + ref.version();
  }

  static boolean writtenWithAny(PackageRef ref, String... parts) {
    String text = written(ref);
    for (String part : parts) {
      if (text.contains(part)) {
        return true;
      }
    }
    return false;
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
