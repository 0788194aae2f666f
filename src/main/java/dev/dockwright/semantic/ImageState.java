package dev.dockwright.semantic;

import dev.dockwright.ast.Argument;
import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.KeyValue;
import dev.dockwright.semantic.KnownInitImage.Inherited;
import dev.dockwright.shell.PackageOperation;
import dev.dockwright.shell.PackageRef;
import dev.dockwright.shell.PackageVerb;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an image built from a stage has when it starts: its effective ENV {@code container}, VOLUMEs,
 * STOPSIGNAL, USER, run notes and unit operations, collected over the stages it is built from in this file
 * (root first), plus what its external base provides.
 *
 * <p>The external base is one of: a public distribution image (known to provide nothing of this: no
 * STOPSIGNAL, no {@code container} variable, no pruning, root), a {@link KnownInitImage known init image}
 * (its table row), {@code scratch}, or an image dockwright cannot see (say {@code FROM centos7-systemd}, built
 * from another Dockerfile). For the last, every inherited fact is {@link Inherited#UNKNOWN}: rules must not
 * guess, and say "base image not visible; map it in the config". Resolving such bases (the config's
 * {@code images:} map, compose, bake) plugs in here: the resolved base's state would stand in for the
 * {@code UNKNOWN} answers.
 */
public final class ImageState {
  /** Where the image's external base comes from. */
  public enum BaseKind {
    PUBLIC_IMAGE, KNOWN_INIT_IMAGE, SCRATCH, NOT_VISIBLE, RESOLVED,
    /**
     * A stage built {@code FROM scratch} and filled by {@code COPY --from=X / /} (a squash, {@code
     * shared/spec/systemd-boot.md} §6.2): the image's file system is X's (its distribution, packages, masks and
     * prunes), its configuration (ENV, STOPSIGNAL, VOLUME, CMD, labels) is only what this chain sets.
     */
    SQUASH
  }

  /**
   * The squash copy of a chain: the {@code COPY --from=X / /} that fills a stage built {@code FROM scratch},
   * and the state of X when X is a stage of this file (else X is an image, {@code image}).
   */
  public record Squash(Instruction copy, String from, Optional<ImageState> source, Optional<ImageReference> image) {}

  private final DockerfileModel model;
  private final Stage stage;
  private final List<Stage> chain;
  private final BaseImage base;
  private final BaseKind baseKind;
  private final Distro distro;
  private final Optional<KnownInitImage> initImage;
  private final List<Instruction> instructions;
  private final Map<Instruction, Stage> stageOfInstruction = new IdentityHashMap<>();
  private final List<SystemdUnits.Operation> operations;
  /** The state of a locally built base whose Dockerfile the engine found (compose, bake, config). */
  private final Optional<ImageState> resolved;
  private final Optional<Squash> squash;

  private ImageState(DockerfileModel model, Stage stage) {
    this.model = model;
    this.stage = stage;
    List<Stage> c = new ArrayList<>();
    Stage s = stage;
    for (int guard = 0; guard < 256 && s != null; guard++) {
      c.add(s);
      s = s.parent().orElse(null);
    }
    Collections.reverse(c);
    this.chain = List.copyOf(c);
    this.squash = squashOf(model, chain);
    Optional<ImageState> fs = squash.flatMap(Squash::source);
    this.base = fs.map(ImageState::base).orElse(chain.get(0).base());
    this.resolved = squash.isPresent() ? Optional.empty() : base.external().map(e -> e.model().imageState(e.stage()));
    Optional<ImageReference> ref = squash.isPresent() ? squash.get().image() : base.reference();
    if (fs.isPresent()) {
      this.distro = fs.get().distro();
      this.initImage = fs.get().initImage();
    } else {
      this.distro = resolved.map(ImageState::distro).orElseGet(() -> ref.map(Distro::of).orElse(Distro.UNKNOWN));
      this.initImage = resolved.isPresent() ? resolved.get().initImage() : ref.flatMap(KnownInitImage::of);
    }
    if (squash.isPresent()) {
      baseKind = BaseKind.SQUASH;
    } else if (resolved.isPresent()) {
      baseKind = BaseKind.RESOLVED;
    } else if (base.isScratch()) {
      baseKind = BaseKind.SCRATCH;
    } else if (initImage.isPresent()) {
      baseKind = BaseKind.KNOWN_INIT_IMAGE;
    } else if (distro.isKnown()) {
      baseKind = BaseKind.PUBLIC_IMAGE;
    } else {
      baseKind = BaseKind.NOT_VISIBLE;
    }
    List<Instruction> ins = new ArrayList<>();
    List<SystemdUnits.Operation> ops = new ArrayList<>(fs.map(ImageState::operations).orElse(List.of()));
    for (Stage st : chain) {
      for (Instruction i : st.effectiveInstructions()) {
        ins.add(i);
        stageOfInstruction.put(i, st);
        ops.addAll(SystemdUnits.of(model, i));
      }
    }
    this.instructions = List.copyOf(ins);
    this.operations = List.copyOf(ops);
  }

  static ImageState of(DockerfileModel model, Stage stage) {
    return new ImageState(model, stage);
  }

  /**
   * The first {@code COPY --from=X / /} of a chain whose root is built {@code FROM scratch}, X an earlier stage
   * or an image. Only a copy of the whole root counts ({@code /} or {@code /.} to {@code /}); a {@code --from}
   * with a variable, or naming this stage or a later one, is not followed.
   */
  private static Optional<Squash> squashOf(DockerfileModel model, List<Stage> chain) {
    if (!chain.get(0).base().isScratch()) {
      return Optional.empty();
    }
    for (Stage st : chain) {
      for (Instruction i : st.effectiveInstructions()) {
        if (!(i instanceof Instruction.Copy copy) || copy.args().size() < 2 || copy.flag("from").isEmpty()) {
          continue;
        }
        List<Argument> args = copy.args();
        if (!isRoot(args.get(args.size() - 1).value())
            || args.subList(0, args.size() - 1).stream().noneMatch(a -> isRoot(a.value()))) {
          continue;
        }
        Optional<StageReference> ref = model.copyFrom(copy);
        if (ref.isEmpty()) {
          continue;
        }
        StageReference r = ref.get();
        if (r.isStage() && r.stage().isPresent() && r.stage().get().index() < st.index()) {
          return Optional.of(new Squash(copy, r.text(), Optional.of(model.imageState(r.stage().get())), Optional.empty()));
        }
        if (r.kind() == StageReference.Kind.IMAGE && r.image().isPresent()) {
          return Optional.of(new Squash(copy, r.text(), Optional.empty(), r.image()));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isRoot(String word) {
    String w = unquoted(word);
    return !w.isEmpty() && DockerIgnore.cleanPath(w).equals("/");
  }

  /** A COPY argument as written in JSON or quotes: {@code "/"} is {@code /}. */
  private static String unquoted(String word) {
    return word.length() >= 2 && (word.startsWith("\"") && word.endsWith("\"")
        || word.startsWith("'") && word.endsWith("'")) ? word.substring(1, word.length() - 1) : word;
  }

  // ------------------------------------------------------------------------------------ entrypoint script

  private Optional<EntrypointScript> entrypointScript;

  /**
   * The script the effective exec-form ENTRYPOINT starts ({@code ["/usr/local/bin/entrypoint", ...]}, or {@code
   * ["/bin/sh", "/entrypoint.sh", ...]}), read from the build context where a COPY or ADD of the chain put it;
   * empty when there is no such ENTRYPOINT, the script does not come from the context, the context is not
   * available, or the script is not a POSIX shell script.
   */
  public synchronized Optional<EntrypointScript> entrypointScript() {
    if (entrypointScript == null) {
      entrypointScript = findEntrypointScript();
    }
    return entrypointScript;
  }

  /** The path of the script the effective exec-form ENTRYPOINT starts, whether or not it can be read. */
  public Optional<String> entrypointScriptPath() {
    Instruction.Entrypoint last = null;
    for (Instruction i : instructions) {
      if (i instanceof Instruction.Entrypoint e) {
        last = e;
      }
    }
    if (last == null || !(last.command().orElse(null) instanceof dev.dockwright.ast.CommandLine.ExecForm exec)
        || exec.args().isEmpty()) {
      return Optional.empty();
    }
    String first = exec.args().get(0).value();
    if (dev.dockwright.shell.Shells.isPosix(first.substring(first.lastIndexOf('/') + 1))) {
      return exec.args().size() > 1 && !exec.args().get(1).value().startsWith("-")
          ? Optional.of(exec.args().get(1).value()) : Optional.empty();
    }
    return first.startsWith("/") && !SystemdAnalyzer.isInitPath(first) ? Optional.of(first) : Optional.empty();
  }

  private Optional<EntrypointScript> findEntrypointScript() {
    Optional<String> path = entrypointScriptPath();
    if (path.isEmpty() || !model.buildContext().present()) {
      return Optional.empty();
    }
    Instruction copy = null;
    String source = null;
    for (Instruction i : instructions) {
      List<Argument> args = i instanceof Instruction.Copy c && c.heredocs().isEmpty() ? c.args()
          : i instanceof Instruction.Add a && a.heredocs().isEmpty() ? a.args() : List.of();
      if (args.size() < 2 || i.flag("from").isPresent()) {
        continue;
      }
      String dest = model.expand(i, unquoted(args.get(args.size() - 1).value())).knownValue().orElse(null);
      if (dest == null) {
        continue;
      }
      if (!dest.startsWith("/")) {
        String wd = model.context(i).workdir().orElse("/");
        dest = (wd.endsWith("/") ? wd : wd + "/") + dest;
      }
      for (Argument a : args.subList(0, args.size() - 1)) {
        String src = unquoted(a.value());
        if (src.contains("://") || src.chars().anyMatch(ch -> ch == '*' || ch == '?' || ch == '[' || ch == '$')) {
          continue;
        }
        String base = src.substring(src.lastIndexOf('/') + 1);
        String inDir = (dest.endsWith("/") ? dest : dest + "/") + base;
        boolean single = args.size() == 2 && !dest.endsWith("/");
        if (DockerIgnore.cleanPath(inDir).equals(DockerIgnore.cleanPath(path.get()))
            || single && DockerIgnore.cleanPath(dest).equals(DockerIgnore.cleanPath(path.get()))) {
          copy = i;
          source = src;
        }
      }
    }
    if (copy == null) {
      return Optional.empty();
    }
    Instruction from = copy;
    String src = source;
    return model.buildContext().read(src).flatMap(text -> EntrypointScript.parse(path.get(), src, from, text));
  }

  /** The squash copy that gives the image its file system ({@link BaseKind#SQUASH}), when there is one. */
  public Optional<Squash> squash() {
    return squash;
  }

  public Stage stage() {
    return stage;
  }

  /** The stages the image is built from in this file, root first, ending with {@link #stage()}. */
  public List<Stage> chain() {
    return chain;
  }

  /** The FROM of the root of the chain: the image from outside this file. */
  public BaseImage base() {
    return base;
  }

  public BaseKind baseKind() {
    return baseKind;
  }

  /** False when the external base is an image dockwright cannot see into. */
  public boolean baseVisible() {
    if (baseKind == BaseKind.SQUASH) {
      return squash.get().source().map(ImageState::baseVisible)
          .orElse(initImage.isPresent() || distro.isKnown());
    }
    return baseKind != BaseKind.NOT_VISIBLE;
  }

  /** The distribution of the external base ({@link Distro#UNKNOWN} when it is not visible). */
  public Distro distro() {
    return distro;
  }

  public Optional<KnownInitImage> initImage() {
    return initImage;
  }

  /** For messages about facts the base would hold: {@code base image `x` not visible; map it in the config}. */
  public String notVisibleHint() {
    return "base image `" + base.name() + "` not visible; map it in the config";
  }

  /** Every instruction that builds the image in this file, in build order (ONBUILD triggers where they run). */
  public List<Instruction> instructions() {
    return instructions;
  }

  /** The stage of the chain an instruction of {@link #instructions()} belongs to. */
  public Optional<Stage> stageOf(Instruction instruction) {
    return Optional.ofNullable(stageOfInstruction.get(instruction));
  }

  /** What the RUN instructions do to units and packages, in build order. */
  public List<SystemdUnits.Operation> operations() {
    return operations;
  }

  /** The operations of one stage of the chain (what that stage itself builds). */
  public List<SystemdUnits.Operation> operationsOf(Stage s) {
    return operations.stream().filter(o -> stageOfInstruction.get(o.instruction()) == s).toList();
  }

  private Inherited fromBase(java.util.function.Function<KnownInitImage, Inherited> fact) {
    return switch (baseKind) {
      case PUBLIC_IMAGE, SCRATCH, SQUASH -> Inherited.ABSENT; // a squash copies files, never configuration
      case KNOWN_INIT_IMAGE -> fact.apply(initImage.get());
      case NOT_VISIBLE -> Inherited.UNKNOWN;
      case RESOLVED -> throw new IllegalStateException("resolved bases answer through resolvedFact");
    };
  }

  /** A fact of a resolved base: present when its file sets it, else what its own base provides. */
  private Inherited resolvedFact(java.util.function.Predicate<ImageState> setsIt,
      java.util.function.Function<ImageState, Inherited> fromItsBase) {
    ImageState r = resolved.get();
    return setsIt.test(r) ? Inherited.PRESENT : fromItsBase.apply(r);
  }

  // ------------------------------------------------------------------------------------ STOPSIGNAL

  /** The STOPSIGNAL in effect, when the file sets one. */
  public Optional<Instruction.Stopsignal> stopSignal() {
    Instruction.Stopsignal last = null;
    for (Instruction i : instructions) {
      if (i instanceof Instruction.Stopsignal s && s.value().isPresent()) {
        last = s;
      }
    }
    return Optional.ofNullable(last);
  }

  public Inherited baseStopSignal() {
    if (resolved.isPresent()) {
      return resolvedFact(r -> r.stopSignal().isPresent(), ImageState::baseStopSignal);
    }
    return fromBase(KnownInitImage::stopSignal);
  }

  // ------------------------------------------------------------------------------------ ENV container

  /** The {@code container} ENV in effect: the pair, and its value when it is known. */
  public record ContainerEnv(Instruction.Env instruction, KeyValue pair, Optional<String> value) {}

  public Optional<ContainerEnv> containerEnv() {
    ContainerEnv last = null;
    for (Instruction i : instructions) {
      if (i instanceof Instruction.Env env) {
        for (KeyValue kv : env.pairs()) {
          if (kv.key().text().equals("container")) {
            last = new ContainerEnv(env, kv, model.expand(env, kv.valueText()).knownValue());
          }
        }
      }
    }
    return Optional.ofNullable(last);
  }

  public Inherited baseContainerEnv() {
    if (resolved.isPresent()) {
      return resolvedFact(r -> r.containerEnv().flatMap(ContainerEnv::value).map(v -> !v.isEmpty()).orElse(
          r.containerEnv().isPresent()), ImageState::baseContainerEnv);
    }
    if (baseKind == BaseKind.PUBLIC_IMAGE && distro.family() == Distro.Family.UBI) {
      return Inherited.PRESENT; // every UBI image sets container=oci
    }
    return fromBase(KnownInitImage::containerEnv);
  }

  /** {@code ARG container} declarations: a build-time variable, never seen by PID 1. */
  public List<Instruction.Arg> containerArgs() {
    List<Instruction.Arg> out = new ArrayList<>();
    for (Instruction i : instructions) {
      if (i instanceof Instruction.Arg arg && arg.declarations().stream().anyMatch(d -> d.name().text()
          .equals("container"))) {
        out.add(arg);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------------------ VOLUME

  /** One path of a VOLUME, expanded and without a trailing slash. */
  public record VolumePath(Instruction.Volume instruction, Argument argument, String path) {}

  public List<VolumePath> volumes() {
    List<VolumePath> out = new ArrayList<>();
    for (Instruction i : instructions) {
      if (i instanceof Instruction.Volume v) {
        for (Argument a : v.paths()) {
          String p = model.expand(v, a.value()).knownValue().orElse(a.value());
          while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
          }
          out.add(new VolumePath(v, a, p));
        }
      }
    }
    return out;
  }

  public boolean declaresVolume(String path) {
    return volumes().stream().anyMatch(v -> v.path().equals(path));
  }

  public Inherited baseCgroupVolume() {
    if (resolved.isPresent()) {
      return resolvedFact(r -> r.declaresVolume("/sys/fs/cgroup"), ImageState::baseCgroupVolume);
    }
    return fromBase(KnownInitImage::cgroupVolume);
  }

  // ------------------------------------------------------------------------------------ USER

  /** The USER in effect when the file sets one, with its expanded value when known. */
  public record UserSetting(Instruction.User instruction, Optional<String> value) {
    /** root, 0, root:root, 0:0 ... */
    public boolean isRoot() {
      return value.map(v -> {
        String user = v.contains(":") ? v.substring(0, v.indexOf(':')) : v;
        return user.equals("root") || user.equals("0");
      }).orElse(false);
    }
  }

  public Optional<UserSetting> user() {
    UserSetting last = null;
    for (Instruction i : instructions) {
      if (i instanceof Instruction.User u && u.value().isPresent()) {
        last = new UserSetting(u, model.expand(u, u.value().get().text()).knownValue());
      }
    }
    return Optional.ofNullable(last);
  }

  // ------------------------------------------------------------------------------------ run notes

  public List<RunNotes.Note> runNotes() {
    return RunNotes.of(model, chain);
  }

  /**
   * Run notes of a resolved base (its LABELs are inherited by this image). Their ranges point into the
   * base's Dockerfile: use them to decide, never to report or fix here.
   */
  public List<RunNotes.Note> inheritedRunNotes() {
    if (resolved.isEmpty()) {
      return List.of();
    }
    List<RunNotes.Note> out = new ArrayList<>(resolved.get().runNotes());
    out.addAll(resolved.get().inheritedRunNotes());
    return out;
  }

  /** The Dockerfile that builds the base, when it was resolved. */
  public Optional<String> resolvedBaseSource() {
    return base.external().map(BaseResolver.ResolvedBase::source);
  }

  // ------------------------------------------------------------------------------------ units & packages

  public Inherited baseUnitsPruned() {
    if (resolved.isPresent()) {
      return resolvedFact(r -> r.operations().stream().anyMatch(o -> o instanceof SystemdUnits.Prune
          || o instanceof SystemdUnits.Mask), ImageState::baseUnitsPruned);
    }
    if (baseKind == BaseKind.SQUASH) { // a file-system fact: the copied stage's base holds it (its own ops are ours)
      return squash.get().source().map(ImageState::baseUnitsPruned)
          .orElseGet(() -> initImage.map(KnownInitImage::unitsPruned)
              .orElse(distro.isKnown() ? Inherited.ABSENT : Inherited.UNKNOWN));
    }
    return fromBase(KnownInitImage::unitsPruned);
  }

  /**
   * The stub the base ships in place of systemd: CentOS 7.0.1406 has {@code fakesystemd}, 7.1.1503
   * {@code systemd-container}; later CentOS 7 images (and {@code centos:7} today) have real systemd.
   */
  public Optional<String> systemdStub() {
    if (distro.family() != Distro.Family.CENTOS || distro.version().isEmpty()) {
      return Optional.empty();
    }
    return switch (distro.version().get()) {
      case "7.0.1406" -> Optional.of("fakesystemd");
      case "7.1.1503" -> Optional.of("systemd-container");
      default -> Optional.empty();
    };
  }

  /** The stub's library package, swapped out with it. */
  public static String stubLibraries(String stub) {
    return stub.equals("fakesystemd") ? "" : stub + "-libs";
  }

  /** Packages the file installs (names as written, lowercased), per manager family. */
  public Set<String> installedPackages() {
    Set<String> out = new LinkedHashSet<>();
    for (SystemdUnits.Operation op : operations) {
      if (op instanceof SystemdUnits.PackageChange pc && (pc.operation().verb() == PackageVerb.INSTALL
          || pc.operation().verb() == PackageVerb.SWAP)) {
        for (PackageRef ref : pc.operation().packages()) {
          out.add(ref.name().toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  /** True when some install names its packages through a variable, so the installed set is not known. */
  public boolean installsUnknownPackages() {
    for (SystemdUnits.Operation op : operations) {
      if (op instanceof SystemdUnits.PackageChange pc && pc.operation().verb() == PackageVerb.INSTALL) {
        PackageOperation o = pc.operation();
        if (o.packages().stream().anyMatch(r -> r.word().hasExpansion()) || !o.requirementFiles().isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a RUN of the file points yum at {@code vault.centos.org} (a {@code sed} over the repo files, an
   * {@code echo baseurl=...}), the way out of an end-of-life CentOS mirrorlist.
   */
  public boolean pointsReposAtVault() {
    return vaultRedirect().isPresent();
  }

  /** The first instruction whose commands mention vault.centos.org (pointing the repositories there). */
  public Optional<Instruction> vaultRedirect() {
    for (Instruction i : instructions) {
      for (dev.dockwright.shell.ShellScript script : model.scripts(i)) {
        for (dev.dockwright.shell.Invocation inv : script.invocations()) {
          if (inv.args().stream().anyMatch(w -> w.raw().contains("vault.centos.org"))) {
            return Optional.of(i);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Whether {@code /bin/sh} is bash: the Red Hat family, Fedora, Amazon Linux and openSUSE. */
  public boolean binShIsBash() {
    Distro.Family f = distro.family();
    return f.isEnterpriseLinux() || f == Distro.Family.FEDORA || f == Distro.Family.AMAZON
        || f == Distro.Family.OPENSUSE;
  }

  /**
   * Whether {@code /bin/sh} is dash: Debian and Ubuntu. Unknown bases are assumed not to be (the rules that
   * ask must not guess).
   */
  public boolean binShIsDash() {
    return distro.family().isDebianLike();
  }

  /** Whether a script run by {@code shell} (a basename, empty for no shell) runs under dash here. */
  public boolean runsUnderDash(String shell) {
    return shell.equals("dash") || shell.equals("sh") && binShIsDash();
  }
}
