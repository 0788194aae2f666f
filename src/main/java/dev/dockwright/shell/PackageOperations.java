package dev.dockwright.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns invocations of known package managers into {@link PackageOperation}s. */
final class PackageOperations {
  private static final Pattern NPM_EXACT = Pattern.compile("=?v?\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.+-]+)?");
  private static final Pattern PARTIAL_VERSION = Pattern.compile("v?\\d+(\\.\\d+)?");
  private static final Pattern GO_SEMVER = Pattern.compile("v\\d+\\.\\d+\\.\\d+.*");
  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{7,40}");
  /** The archive and wheel suffixes pip installs from a file. */
  private static final Pattern PIP_ARCHIVE = Pattern.compile(
      "\\.(whl|zip|tar|tgz|tbz|txz|tlz|tar\\.(gz|bz2|xz|lz|lzma))$");

  private PackageOperations() {}

  static List<PackageOperation> of(List<Invocation> invocations) {
    List<PackageOperation> out = new ArrayList<>();
    for (Invocation inv : invocations) {
      operation(inv).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  private static Optional<PackageOperation> operation(Invocation inv) {
    String name = inv.name();
    switch (name) {
      case "apt-get":
        return apt(inv, PackageManager.APT_GET);
      case "apt":
        return apt(inv, PackageManager.APT);
      case "aptitude":
        return apt(inv, PackageManager.APTITUDE);
      case "yum":
        return rpm(inv, PackageManager.YUM);
      case "dnf":
        return rpm(inv, PackageManager.DNF);
      case "microdnf":
        return rpm(inv, PackageManager.MICRODNF);
      case "apk":
        return apk(inv);
      case "zypper":
        return zypper(inv);
      case "npm":
        return npm(inv);
      case "yarn":
        return yarn(inv);
      case "gem":
        return gem(inv);
      case "go":
        return go(inv);
      case "pipx":
        return pipx(inv);
      default:
        break;
    }
    if (CommandSpecs.PIP.matcher(name).matches()) {
      return pip(inv, inv.options(), inv.positionals());
    }
    if (CommandSpecs.PYTHON.matcher(name).matches()) {
      List<Word> args = inv.args();
      for (int i = 0; i + 1 < args.size(); i++) {
        if (args.get(i).isLiteral("-m") && args.get(i + 1).literalValue().map(v -> v.matches("pip[0-9.]*"))
            .orElse(false)) {
          ArgParser.Parsed parsed = ArgParser.parse(args.subList(i + 2, args.size()), CommandSpecs.PIP_SPEC,
              inv.script());
          return pip(inv, parsed.options(), parsed.positionals());
        }
        if (!args.get(i).literalValue().map(v -> v.startsWith("-")).orElse(false)) {
          break; // a script path: python runs it, not pip
        }
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- managers

  private static Optional<PackageOperation> apt(Invocation inv, PackageManager manager) {
    List<Word> pos = inv.positionals();
    if (pos.isEmpty()) {
      return Optional.empty();
    }
    String verb = pos.get(0).literalValue().orElse("");
    PackageVerb kind = switch (verb) {
      case "install", "reinstall" -> PackageVerb.INSTALL;
      case "remove", "purge", "autoremove" -> PackageVerb.REMOVE;
      case "update" -> PackageVerb.UPDATE;
      case "upgrade", "dist-upgrade", "full-upgrade", "safe-upgrade" -> PackageVerb.UPGRADE;
      case "clean", "autoclean" -> PackageVerb.CLEAN;
      default -> PackageVerb.OTHER;
    };
    List<PackageRef> packages = new ArrayList<>();
    if (kind != PackageVerb.CLEAN && kind != PackageVerb.UPDATE) {
      for (Word w : pos.subList(1, pos.size())) {
        packages.add(aptRef(w));
      }
    }
    boolean yes = inv.hasOption("-y", "--yes", "--assume-yes", "--force-yes")
        || aptQuietLevel(inv) >= 2
        || inv.options().stream().anyMatch(o -> o.is("-o", "--option")
            && o.value().map(v -> v.matches("(?i)APT::Get::Assume-?Yes=(true|1|yes)")).orElse(false));
    boolean neverPrompts = manager != PackageManager.APTITUDE
        && (kind == PackageVerb.UPDATE || kind == PackageVerb.CLEAN);
    return Optional.of(op(inv, manager, kind, verb, Optional.of(pos.get(0)), packages, List.of(), List.of(),
        inv.options(), yes || neverPrompts));
  }

  /** apt's quiet level: each {@code -q} adds one, {@code -q=N} / {@code --quiet=N} sets it. */
  private static int aptQuietLevel(Invocation inv) {
    int level = 0;
    for (Option o : inv.options()) {
      if (o.is("-q", "--quiet")) {
        if (o.value().isPresent()) {
          try {
            level = Integer.parseInt(o.value().get());
          } catch (NumberFormatException e) {
            level++;
          }
        } else {
          level++;
        }
      }
    }
    return level;
  }

  /**
   * yum, dnf (dnf 4 and dnf 5) and microdnf sub-commands with their aliases, as the managers define them
   * (dnf 4's command classes, dnf 5's {@code compatibility.conf}, yum's man page). {@code downgrade} moves
   * installed packages to other versions, as {@code distro-sync} does: UPGRADE.
   */
  private static final Map<String, PackageVerb> RPM_VERBS = rpmVerbs();

  private static Map<String, PackageVerb> rpmVerbs() {
    Map<String, PackageVerb> m = new HashMap<>();
    for (String v : List.of("install", "in", "localinstall", "install-n", "install-na", "install-nevra",
        "reinstall", "rei", "groupinstall", "groupupdate", "builddep")) {
      m.put(v, PackageVerb.INSTALL);
    }
    for (String v : List.of("remove", "rm", "erase", "remove-n", "remove-na", "remove-nevra", "erase-n",
        "erase-na", "erase-nevra", "autoremove", "autoremove-n", "autoremove-na", "autoremove-nevra",
        "groupremove", "grouperase")) {
      m.put(v, PackageVerb.REMOVE);
    }
    for (String v : List.of("upgrade", "update", "up", "upgrade-to", "update-to", "localupdate",
        "upgrade-minimal", "update-minimal", "up-min", "distro-sync", "distrosync", "distribution-synchronization",
        "dsync", "dist-upgrade", "downgrade", "dg")) {
      m.put(v, PackageVerb.UPGRADE);
    }
    m.put("makecache", PackageVerb.UPDATE);
    m.put("mc", PackageVerb.UPDATE);
    m.put("clean", PackageVerb.CLEAN);
    m.put("swap", PackageVerb.SWAP);
    return Map.copyOf(m);
  }

  /** {@code group install}, {@code module install}: the sub-commands of {@code group} and {@code module}. */
  private static final Map<String, PackageVerb> RPM_GROUP_VERBS = Map.of("install", PackageVerb.INSTALL,
      "update", PackageVerb.UPGRADE, "upgrade", PackageVerb.UPGRADE, "remove", PackageVerb.REMOVE,
      "erase", PackageVerb.REMOVE);
  private static final Map<String, PackageVerb> RPM_MODULE_VERBS = Map.of("install", PackageVerb.INSTALL,
      "update", PackageVerb.UPGRADE, "upgrade", PackageVerb.UPGRADE, "switch-to", PackageVerb.UPGRADE,
      "remove", PackageVerb.REMOVE, "erase", PackageVerb.REMOVE);
  /** Sub-commands of no other kind that still ask "Is this ok [y/N]" before they change the system. */
  private static final Set<String> RPM_PROMPTING_OTHER = Set.of("module enable", "module disable", "module reset",
      "history undo", "history redo", "history rollback");

  private static Optional<PackageOperation> rpm(Invocation inv, PackageManager manager) {
    List<Word> pos = inv.positionals();
    if (pos.isEmpty()) {
      return Optional.empty();
    }
    String verb = pos.get(0).literalValue().orElse("");
    int packagesFrom = 1;
    PackageVerb kind = RPM_VERBS.getOrDefault(verb, PackageVerb.OTHER);
    boolean group = verb.equals("group") || verb.equals("groups") || verb.equals("grp");
    boolean module = verb.equals("module");
    if ((group || module || verb.equals("history")) && pos.size() > 1) {
      String sub = pos.get(1).literalValue().orElse("");
      verb = verb + " " + sub;
      packagesFrom = 2;
      kind = (group ? RPM_GROUP_VERBS : module ? RPM_MODULE_VERBS : Map.<String, PackageVerb>of())
          .getOrDefault(sub, PackageVerb.OTHER);
    }
    List<PackageRef> packages = new ArrayList<>();
    List<PackageRef> removed = new ArrayList<>();
    if (kind == PackageVerb.SWAP) {
      swap(inv, pos.get(0), packages, removed);
    } else if (kind != PackageVerb.CLEAN && kind != PackageVerb.UPDATE && !group && !module
        && !verb.startsWith("group") && !verb.equals("builddep")) {
      // groups ("Development Tools"), module streams (nodejs:18), builddep's spec files: not package names
      for (Word w : pos.subList(Math.min(packagesFrom, pos.size()), pos.size())) {
        packages.add(rpmRef(w));
      }
    }
    // microdnf 3 assumed yes and ignored -y; the dnf 5 that provides microdnf since Fedora 38 asks like dnf
    boolean nonInteractive = inv.hasOption("-y", "--assumeyes") || kind == PackageVerb.UPDATE
        || kind == PackageVerb.CLEAN || (kind == PackageVerb.OTHER && !RPM_PROMPTING_OTHER.contains(verb));
    return Optional.of(op(inv, manager, kind, verb, Optional.of(pos.get(0)), packages, removed, List.of(),
        inv.options(), nonInteractive));
  }

  /**
   * {@code yum swap -- remove A -- install B C} (segments after {@code --}, each naming its sub-command)
   * or {@code dnf swap A B} (remove A, install B).
   */
  private static void swap(Invocation inv, Word verbWord, List<PackageRef> installed, List<PackageRef> removed) {
    List<Word> args = inv.args();
    int from = args.indexOf(verbWord) + 1;
    List<Word> rest = args.subList(from, args.size());
    boolean segmented = rest.stream().anyMatch(w -> w.isLiteral("--"));
    if (!segmented) {
      List<Word> names = rest.stream().filter(w -> !w.literalValue().orElse("x").startsWith("-")).toList();
      if (!names.isEmpty()) {
        removed.add(rpmRef(names.get(0)));
      }
      names.stream().skip(1).forEach(w -> installed.add(rpmRef(w)));
      return;
    }
    List<PackageRef> target = null;
    boolean expectSubcommand = false;
    for (Word w : rest) {
      if (w.isLiteral("--")) {
        expectSubcommand = true;
        continue;
      }
      if (expectSubcommand) {
        String sub = w.literalValue().orElse("");
        target = sub.equals("remove") || sub.equals("erase") ? removed : sub.equals("install") ? installed : null;
        expectSubcommand = false;
        continue;
      }
      if (target != null && !w.literalValue().orElse("x").startsWith("-")) {
        target.add(rpmRef(w));
      }
    }
  }

  private static Optional<PackageOperation> apk(Invocation inv) {
    List<Word> pos = inv.positionals();
    if (pos.isEmpty()) {
      return Optional.empty();
    }
    String verb = pos.get(0).literalValue().orElse("");
    int packagesFrom = 1;
    if (verb.equals("cache") && pos.size() > 1) {
      verb = verb + " " + pos.get(1).literalValue().orElse("");
      packagesFrom = 2;
    }
    PackageVerb kind = switch (verb) {
      case "add" -> PackageVerb.INSTALL;
      case "del" -> PackageVerb.REMOVE;
      case "update" -> PackageVerb.UPDATE;
      case "upgrade" -> PackageVerb.UPGRADE;
      case "cache clean", "cache purge" -> PackageVerb.CLEAN;
      default -> PackageVerb.OTHER;
    };
    List<PackageRef> packages = new ArrayList<>();
    if (kind == PackageVerb.INSTALL || kind == PackageVerb.REMOVE || kind == PackageVerb.UPGRADE) {
      for (Word w : pos.subList(packagesFrom, pos.size())) {
        packages.add(apkRef(w));
      }
    }
    return Optional.of(op(inv, PackageManager.APK, kind, verb, Optional.of(pos.get(0)), packages, List.of(),
        List.of(), inv.options(), true));
  }

  private static Optional<PackageOperation> zypper(Invocation inv) {
    List<Word> pos = inv.positionals();
    if (pos.isEmpty()) {
      return Optional.empty();
    }
    String verb = pos.get(0).literalValue().orElse("");
    PackageVerb kind = switch (verb) {
      case "install", "in", "source-install", "si", "install-new-recommends", "inr" -> PackageVerb.INSTALL;
      case "remove", "rm" -> PackageVerb.REMOVE;
      case "refresh", "ref" -> PackageVerb.UPDATE;
      case "update", "up", "dist-upgrade", "dup", "patch" -> PackageVerb.UPGRADE;
      case "clean", "cc" -> PackageVerb.CLEAN;
      default -> PackageVerb.OTHER;
    };
    List<PackageRef> packages = new ArrayList<>();
    // source-install names source packages, whose build dependencies it installs
    if (!verb.equals("source-install") && !verb.equals("si")) {
      for (Word w : pos.subList(1, pos.size())) {
        packages.add(operatorRef(w, new String[] {">=", "<=", "=", "<", ">"}, ".rpm"));
      }
    }
    boolean nonInteractive = inv.hasOption("-n", "--non-interactive", "-y", "--no-confirm");
    return Optional.of(op(inv, PackageManager.ZYPPER, kind, verb, Optional.of(pos.get(0)), packages, List.of(),
        List.of(), inv.options(), nonInteractive));
  }

  private static Optional<PackageOperation> pip(Invocation inv, List<Option> options, List<Word> pos) {
    if (pos.isEmpty()) {
      return Optional.empty();
    }
    String verb = pos.get(0).literalValue().orElse("");
    int packagesFrom = 1;
    if (verb.equals("cache") && pos.size() > 1) {
      verb = verb + " " + pos.get(1).literalValue().orElse("");
      packagesFrom = 2;
    }
    PackageVerb kind = switch (verb) {
      case "install" -> PackageVerb.INSTALL;
      case "uninstall" -> PackageVerb.REMOVE;
      case "cache purge", "cache remove" -> PackageVerb.CLEAN;
      default -> PackageVerb.OTHER;
    };
    List<PackageRef> packages = new ArrayList<>();
    List<Word> requirements = new ArrayList<>();
    if (kind == PackageVerb.INSTALL || kind == PackageVerb.REMOVE || verb.equals("download")
        || verb.equals("wheel")) {
      for (Word w : pos.subList(packagesFrom, pos.size())) {
        packages.add(pipRef(w));
      }
      for (Option o : options) {
        if (o.is("-e", "--editable")) {
          Word w = o.valueWord().orElse(o.word());
          packages.add(pipRef(w, o.value().orElse(w.raw())));
        } else if (o.is("-r", "--requirement")) {
          requirements.add(o.valueWord().orElse(o.word()));
        }
      }
    }
    boolean nonInteractive = kind != PackageVerb.REMOVE || options.stream().anyMatch(o -> o.is("-y", "--yes"));
    return Optional.of(op(inv, PackageManager.PIP, kind, verb, Optional.of(pos.get(0)), packages, List.of(),
        requirements, options, nonInteractive));
  }

  /** {@code pipx install} takes pip requirement specifiers ({@code black==24.4.2}); other verbs are OTHER. */
  private static Optional<PackageOperation> pipx(Invocation inv) {
    List<Word> pos = inv.positionals();
    if (pos.isEmpty()) {
      return Optional.empty();
    }
    String verb = pos.get(0).literalValue().orElse("");
    PackageVerb kind = verb.equals("install") ? PackageVerb.INSTALL : PackageVerb.OTHER;
    List<PackageRef> packages = new ArrayList<>();
    if (kind == PackageVerb.INSTALL) {
      for (Word w : pos.subList(1, pos.size())) {
        packages.add(pipRef(w));
      }
    }
    return Optional.of(op(inv, PackageManager.PIPX, kind, verb, Optional.of(pos.get(0)), packages, List.of(),
        List.of(), inv.options(), true));
  }

  private static Optional<PackageOperation> npm(Invocation inv) {
    List<Word> pos = inv.positionals();
    if (pos.isEmpty()) {
      return Optional.empty();
    }
    String verb = pos.get(0).literalValue().orElse("");
    int packagesFrom = 1;
    if (verb.equals("cache") && pos.size() > 1) {
      verb = verb + " " + pos.get(1).literalValue().orElse("");
      packagesFrom = 2;
    }
    PackageVerb kind = switch (verb) {
      case "install", "i", "in", "ins", "inst", "insta", "instal", "isnt", "isnta", "isntal", "isntall", "add",
          "ci", "clean-install", "ic", "install-clean" -> PackageVerb.INSTALL;
      case "uninstall", "un", "unlink", "remove", "rm", "r" -> PackageVerb.REMOVE;
      case "update", "up", "upgrade", "udpate" -> PackageVerb.UPGRADE;
      case "cache clean" -> PackageVerb.CLEAN;
      default -> PackageVerb.OTHER;
    };
    List<PackageRef> packages = new ArrayList<>();
    if (kind == PackageVerb.INSTALL || kind == PackageVerb.REMOVE || kind == PackageVerb.UPGRADE) {
      for (Word w : pos.subList(packagesFrom, pos.size())) {
        packages.add(npmRef(w));
      }
    }
    return Optional.of(op(inv, PackageManager.NPM, kind, verb, Optional.of(pos.get(0)), packages, List.of(),
        List.of(), inv.options(), true));
  }

  private static Optional<PackageOperation> yarn(Invocation inv) {
    List<Word> pos = inv.positionals();
    if (pos.isEmpty()) {
      return Optional.of(op(inv, PackageManager.YARN, PackageVerb.INSTALL, "", Optional.empty(), List.of(),
          List.of(), List.of(), inv.options(), true));
    }
    String verb = pos.get(0).literalValue().orElse("");
    int packagesFrom = 1;
    if ((verb.equals("global") || verb.equals("cache")) && pos.size() > 1) {
      verb = verb + " " + pos.get(1).literalValue().orElse("");
      packagesFrom = 2;
    }
    PackageVerb kind = switch (verb) {
      case "install", "add", "global add" -> PackageVerb.INSTALL;
      case "remove", "global remove" -> PackageVerb.REMOVE;
      case "upgrade", "up", "global upgrade" -> PackageVerb.UPGRADE;
      case "cache clean" -> PackageVerb.CLEAN;
      default -> PackageVerb.OTHER;
    };
    List<PackageRef> packages = new ArrayList<>();
    if (kind == PackageVerb.INSTALL || kind == PackageVerb.REMOVE || kind == PackageVerb.UPGRADE) {
      for (Word w : pos.subList(packagesFrom, pos.size())) {
        packages.add(npmRef(w));
      }
    }
    return Optional.of(op(inv, PackageManager.YARN, kind, verb, Optional.of(pos.get(0)), packages, List.of(),
        List.of(), inv.options(), true));
  }

  private static Optional<PackageOperation> gem(Invocation inv) {
    List<Word> pos = inv.positionals();
    if (pos.isEmpty()) {
      return Optional.empty();
    }
    String verb = pos.get(0).literalValue().orElse("");
    PackageVerb kind = switch (verb) {
      case "install", "i" -> PackageVerb.INSTALL;
      case "uninstall" -> PackageVerb.REMOVE;
      case "update" -> PackageVerb.UPGRADE;
      case "cleanup" -> PackageVerb.CLEAN;
      default -> PackageVerb.OTHER;
    };
    Optional<Option> versionOption = inv.option("-v", "--version");
    List<PackageRef> packages = new ArrayList<>();
    if (kind == PackageVerb.INSTALL || kind == PackageVerb.REMOVE || kind == PackageVerb.UPGRADE) {
      for (Word w : beforeDoubleDash(inv, pos.subList(1, pos.size()))) {
        packages.add(gemRef(w, versionOption));
      }
    }
    return Optional.of(op(inv, PackageManager.GEM, kind, verb, Optional.of(pos.get(0)), packages, List.of(),
        List.of(), inv.options(), true));
  }

  private static Optional<PackageOperation> go(Invocation inv) {
    List<Word> pos = inv.positionals();
    if (pos.isEmpty()) {
      return Optional.empty();
    }
    String verb = pos.get(0).literalValue().orElse("");
    PackageVerb kind = switch (verb) {
      case "install", "get" -> PackageVerb.INSTALL;
      case "clean" -> PackageVerb.CLEAN;
      default -> null;
    };
    if (kind == null) {
      return Optional.empty(); // go build, go test ...: not package operations
    }
    List<PackageRef> packages = new ArrayList<>();
    if (kind == PackageVerb.INSTALL) {
      for (Word w : pos.subList(1, pos.size())) {
        packages.add(goRef(w));
      }
    }
    return Optional.of(op(inv, PackageManager.GO, kind, verb, Optional.of(pos.get(0)), packages, List.of(),
        List.of(), inv.options(), true));
  }

  /**
   * The positionals written before a {@code --}: gem hands what follows to the gem's build
   * ({@code gem install nokogiri -- --use-system-libraries}), so those words are not gems.
   */
  private static List<Word> beforeDoubleDash(Invocation inv, List<Word> positionals) {
    int dashes = -1;
    for (int i = 0; i < inv.args().size() && dashes < 0; i++) {
      if (inv.args().get(i).isLiteral("--")) {
        dashes = i;
      }
    }
    if (dashes < 0) {
      return positionals;
    }
    List<Word> before = new ArrayList<>();
    for (Word w : positionals) {
      if (indexOf(inv.args(), w) < dashes) {
        before.add(w);
      }
    }
    return before;
  }

  private static int indexOf(List<Word> words, Word word) {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i) == word) {
        return i;
      }
    }
    return -1;
  }

  private static PackageOperation op(Invocation inv, PackageManager manager, PackageVerb verb, String rawVerb,
      Optional<Word> verbWord, List<PackageRef> packages, List<PackageRef> removed, List<Word> requirements,
      List<Option> options, boolean nonInteractive) {
    return new PackageOperation(manager, verb, rawVerb, verbWord, packages, removed, requirements, options,
        nonInteractive, inv);
  }

  // ---------------------------------------------------------------- package arguments

  /**
   * A package reference. When the word has expansions (see {@link WordTemplate}): a name computed at run
   * time makes the reference DYNAMIC; a version from a variable keeps the kind its operator gives
   * ({@code pkg=${V}} is exact, {@code 'pkg>=${V}'} a range), and a bare {@code @${V}} reads as exact rather
   * than as a tag, because the author chose the version explicitly.
   */
  private static PackageRef ref(String name, String version, PinKind kind, String operator, Word word) {
    if (!WordTemplate.hasPlaceholder(name) && !WordTemplate.hasPlaceholder(version)) {
      return new PackageRef(name, version, kind, operator, word, word.range());
    }
    WordTemplate template = WordTemplate.of(word).orElse(null);
    if (template == null || (WordTemplate.hasPlaceholder(name) && kind != PinKind.FILE && kind != PinKind.URL)) {
      return dynamic(word);
    }
    PinKind k = kind == PinKind.TAG ? PinKind.EXACT : kind;
    return new PackageRef(template.restore(name), template.restore(version), k, operator, word, word.range());
  }

  private static PackageRef dynamic(Word word) {
    return new PackageRef(word.raw(), null, PinKind.DYNAMIC, null, word, word.range());
  }

  private static boolean isPath(String v) {
    return v.equals(".") || v.startsWith("/") || v.startsWith("./") || v.startsWith("../") || v.startsWith("~");
  }

  private static PackageRef aptRef(Word w) {
    Optional<String> lit = WordTemplate.textOf(w);
    if (lit.isEmpty()) {
      return dynamic(w);
    }
    String v = lit.get();
    if (isPath(v) || v.endsWith(".deb")) {
      return ref(v, null, PinKind.FILE, null, w);
    }
    int eq = v.indexOf('=');
    if (eq > 0) {
      String version = v.substring(eq + 1);
      return ref(v.substring(0, eq), version, version.contains("*") ? PinKind.RANGE : PinKind.EXACT, "=", w);
    }
    int slash = v.indexOf('/');
    if (slash > 0) {
      return ref(v.substring(0, slash), v.substring(slash + 1), PinKind.RELEASE, "/", w);
    }
    return ref(v, null, PinKind.NONE, null, w);
  }

  private static PackageRef apkRef(Word w) {
    Optional<String> lit = WordTemplate.textOf(w);
    if (lit.isEmpty()) {
      return dynamic(w);
    }
    String v = lit.get();
    if (isPath(v) || v.endsWith(".apk")) {
      return ref(v, null, PinKind.FILE, null, w);
    }
    PackageRef withOperator = operatorRef(w, new String[] {">=", "<=", "~=", "=~", "=", "~", "<", ">"}, ".apk");
    if (withOperator.pinKind() == PinKind.NONE) {
      int at = v.indexOf('@');
      if (at > 0) {
        return ref(v.substring(0, at), v.substring(at + 1), PinKind.RELEASE, "@", w);
      }
    }
    return withOperator;
  }

  /** {@code name<op>version} where op is the first of {@code operators} found; {@code =} alone is exact. */
  private static PackageRef operatorRef(Word w, String[] operators, String fileSuffix) {
    Optional<String> lit = WordTemplate.textOf(w);
    if (lit.isEmpty()) {
      return dynamic(w);
    }
    String v = lit.get();
    if (v.contains("://")) {
      return ref(v, null, PinKind.URL, null, w);
    }
    if (isPath(v) || v.endsWith(fileSuffix)) {
      return ref(v, null, PinKind.FILE, null, w);
    }
    int best = -1;
    String bestOp = null;
    for (String op : operators) {
      int at = v.indexOf(op);
      if (at > 0 && (best < 0 || at < best || (at == best && op.length() > bestOp.length()))) {
        best = at;
        bestOp = op;
      }
    }
    if (best < 0) {
      return ref(v, null, PinKind.NONE, null, w);
    }
    String version = v.substring(best + bestOp.length());
    PinKind kind = bestOp.equals("=") && !version.contains("*") ? PinKind.EXACT : PinKind.RANGE;
    return ref(v.substring(0, best), version, kind, bestOp, w);
  }

  private static PackageRef rpmRef(Word w) {
    Optional<String> lit = WordTemplate.textOf(w);
    if (lit.isEmpty()) {
      return dynamic(w);
    }
    String v = lit.get();
    if (v.contains("://")) {
      return ref(v, null, PinKind.URL, null, w);
    }
    if (isPath(v) || v.endsWith(".rpm")) {
      return ref(v, null, PinKind.FILE, null, w);
    }
    if (v.startsWith("@")) {
      return ref(v, null, PinKind.NONE, null, w); // a group or module
    }
    int last = v.lastIndexOf('-');
    if (last > 0) {
      int prev = v.lastIndexOf('-', last - 1);
      if (prev > 0 && startsWithDigit(v, prev + 1) && startsWithDigit(v, last + 1)) {
        return rpmVersioned(v, prev, w);
      }
      boolean dotted = v.indexOf('.', last) > 0;
      if (startsWithDigit(v, last + 1) && (dotted || v.charAt(last + 1) == WordTemplate.PLACEHOLDER)) {
        return rpmVersioned(v, last, w);
      }
    }
    return ref(v, null, PinKind.NONE, null, w);
  }

  private static PackageRef rpmVersioned(String v, int dash, Word w) {
    String version = v.substring(dash + 1);
    return ref(v.substring(0, dash), version, version.contains("*") ? PinKind.RANGE : PinKind.EXACT, "-", w);
  }

  /** A digit, or a variable (as in {@code nginx-${NGINX_VERSION}}). */
  private static boolean startsWithDigit(String v, int at) {
    return at < v.length() && (Character.isDigit(v.charAt(at)) || v.charAt(at) == WordTemplate.PLACEHOLDER);
  }

  private static PackageRef pipRef(Word w) {
    Optional<String> lit = WordTemplate.textOf(w);
    return lit.isEmpty() ? dynamic(w) : pipRef(w, lit.get());
  }

  private static PackageRef pipRef(Word w, String value) {
    if (WordTemplate.textOf(w).isEmpty()) {
      return dynamic(w);
    }
    String v = value;
    if (v.contains("://") || v.matches("(git|hg|svn|bzr)\\+.*")) {
      return ref(v, null, PinKind.URL, null, w);
    }
    if (isPipPath(v) || PIP_ARCHIVE.matcher(v).find()) {
      return ref(v, null, PinKind.FILE, null, w);
    }
    int marker = v.indexOf(';');
    if (marker >= 0) {
      v = v.substring(0, marker).trim();
    }
    int at = -1;
    for (int i = 0; i < v.length(); i++) {
      if ("=<>!~".indexOf(v.charAt(i)) >= 0) {
        at = i;
        break;
      }
    }
    if (at <= 0) {
      return ref(v, null, PinKind.NONE, null, w);
    }
    int opEnd = at;
    while (opEnd < v.length() && "=<>!~".indexOf(v.charAt(opEnd)) >= 0) {
      opEnd++;
    }
    String operator = v.substring(at, opEnd);
    String spec = v.substring(opEnd).trim();
    boolean exact = (operator.equals("==") || operator.equals("===")) && !spec.contains("*") && !spec.contains(",");
    return ref(v.substring(0, at).trim(), spec, exact ? PinKind.EXACT : PinKind.RANGE, operator, w);
  }

  /**
   * pip reads an argument as a local path, never as a project name, when it contains a {@code /} or
   * starts with a dot ({@code pip install foo/bar}, {@code .[test]}); URLs are recognised before this.
   */
  private static boolean isPipPath(String v) {
    return isPath(v) || v.startsWith(".") || v.indexOf('/') >= 0;
  }

  private static PackageRef npmRef(Word w) {
    Optional<String> lit = WordTemplate.textOf(w);
    if (lit.isEmpty()) {
      return dynamic(w);
    }
    String v = lit.get();
    if (v.startsWith("file:") || isPath(v) || v.endsWith(".tgz") || v.endsWith(".tar.gz") || v.endsWith(".tar")) {
      return ref(v, null, PinKind.FILE, null, w);
    }
    if (v.contains("://") || v.matches("(git\\+|git:|github:|gitlab:|bitbucket:|gist:).*")) {
      return ref(v, null, PinKind.URL, null, w);
    }
    int at = v.startsWith("@") ? v.indexOf('@', 1) : v.indexOf('@');
    if (at < 0) {
      boolean githubShorthand = !v.startsWith("@") && v.indexOf('/') > 0;
      return ref(v, null, githubShorthand ? PinKind.URL : PinKind.NONE, null, w);
    }
    String version = v.substring(at + 1);
    PinKind kind;
    if (NPM_EXACT.matcher(version).matches()) {
      kind = PinKind.EXACT;
    } else if (version.isEmpty() || "^~<>=".indexOf(version.charAt(0)) >= 0 || version.contains(" ")
        || version.contains("*") || version.contains("||") || version.matches(".*(^|\\.)[xX](\\.|$).*")
        || PARTIAL_VERSION.matcher(version).matches()) {
      kind = PinKind.RANGE;
    } else {
      kind = PinKind.TAG;
    }
    return ref(v.substring(0, at), version, kind, "@", w);
  }

  private static PackageRef gemRef(Word w, Optional<Option> versionOption) {
    Optional<String> lit = WordTemplate.textOf(w);
    if (lit.isEmpty()) {
      return dynamic(w);
    }
    String v = lit.get();
    if (isPath(v) || v.endsWith(".gem")) {
      return ref(v, null, PinKind.FILE, null, w);
    }
    int colon = v.indexOf(':');
    if (colon > 0) {
      String version = v.substring(colon + 1);
      return ref(v.substring(0, colon), version, gemKind(version), ":", w);
    }
    if (versionOption.isPresent() && versionOption.get().value().isPresent()) {
      String version = versionOption.get().value().get().trim();
      return ref(v, version, gemKind(version), versionOption.get().flag(), w);
    }
    return ref(v, null, PinKind.NONE, null, w);
  }

  private static PinKind gemKind(String version) {
    String t = version.trim();
    if (t.startsWith("=") && !t.startsWith("==")) {
      return PinKind.EXACT;
    }
    return t.startsWith("~>") || t.startsWith(">") || t.startsWith("<") || t.startsWith("!=") || t.contains(",")
        ? PinKind.RANGE
        : PinKind.EXACT;
  }

  private static PackageRef goRef(Word w) {
    Optional<String> lit = WordTemplate.textOf(w);
    if (lit.isEmpty()) {
      return dynamic(w);
    }
    String v = lit.get();
    if (isPath(v)) {
      return ref(v, null, PinKind.FILE, null, w);
    }
    int at = v.lastIndexOf('@');
    if (at <= 0) {
      return ref(v, null, PinKind.NONE, null, w);
    }
    String version = v.substring(at + 1);
    PinKind kind = GO_SEMVER.matcher(version).matches() || COMMIT.matcher(version).matches()
        ? PinKind.EXACT
        : PinKind.TAG;
    return ref(v.substring(0, at), version, kind, "@", w);
  }
}
