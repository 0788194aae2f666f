package dev.dockwright.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dockwright.parser.DockerfileReader;
import dev.dockwright.parser.ParseResult;
import dev.dockwright.semantic.DockerfileModel;
import dev.dockwright.semantic.ImageState;
import dev.dockwright.semantic.Stage;
import dev.dockwright.semantic.SystemdAnalyzer;
import dev.dockwright.semantic.SystemdImage;
import dev.dockwright.semantic.boot.BootSimulation;
import dev.dockwright.semantic.boot.RunMode;
import dev.dockwright.semantic.boot.RunModes;
import dev.dockwright.semantic.boot.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code dockwright boot FILE}: what systemd will start when the image boots, unit by unit. */
@Command(name = "boot", mixinStandardHelpOptions = true, versionProvider = Versions.class,
    description = "Simulate the boot of a systemd image: every unit the default target pulls in, and whether it "
        + "starts, is skipped, fails, acts on the host or only prints a red line.")
final class BootCommand implements Callable<Integer> {
  enum Format { text, json }

  @Parameters(index = "0", paramLabel = "FILE", description = "Dockerfile to read ('-' for standard input).")
  String file;

  @Option(names = "--stage", paramLabel = "NAME", description = "Only this stage (name or index); default: every "
      + "stage that runs systemd, or the last stage.")
  String stage;

  @Option(names = "--run-mode", paramLabel = "MODE", description = "docker-privileged, docker, podman or sysbox; "
      + "default: the image's run note, else docker-privileged.")
  String runMode;

  @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--no-color", description = "No colour (also when NO_COLOR is set).")
  boolean noColor;

  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final java.io.InputStream stdin;

  BootCommand(java.io.InputStream stdin) {
    this.stdin = stdin;
  }

  /** One stage's result. */
  private record StageBoot(Stage stage, SystemdImage image, RunModes.Chosen mode, Optional<BootSimulation.Boot> boot,
      String note) {}

  @Override
  public Integer call() throws IOException {
    Optional<RunMode> mode = Optional.empty();
    String modeBy = "--run-mode";
    if (runMode != null) {
      mode = RunMode.parse(runMode);
      if (mode.isEmpty()) {
        throw new UsageError("--run-mode takes " + RunMode.choices() + ", not '" + runMode + "'");
      }
    }
    // The config lint would read: its systemd.run-mode (and DOCKWRIGHT_SYSTEMD_RUN_MODE) unless --run-mode
    // says otherwise, and its systemd.cgroup.
    dev.dockwright.config.DockwrightConfig config;
    try {
      config = dev.dockwright.config.ConfigLoader.load(java.nio.file.Path.of("").toAbsolutePath(), Optional.empty(),
          false, System.getenv());
    } catch (dev.dockwright.config.ConfigException e) {
      throw new UsageError(e.getMessage());
    }
    dev.dockwright.rule.Settings settings = config.toSettings();
    if (mode.isEmpty() && settings.systemdRunMode().isPresent()) {
      mode = settings.systemdRunMode();
      modeBy = "systemd.run-mode" + config.source().map(p -> " in " + p.getFileName()).orElse("");
    }
    byte[] bytes = SourceFiles.read(file, stdin);
    ParseResult parsed = DockerfileReader.parse(bytes);
    DockerfileModel model = DockerfileModel.of(parsed.ast(), dev.dockwright.semantic.BaseResolver.NONE,
        dev.dockwright.semantic.BuildContext.besideDockerfile(file));
    List<StageBoot> boots = new ArrayList<>();
    SystemdAnalyzer analyzer = new SystemdAnalyzer(model, settings.systemdCgroup());
    List<Stage> stages = selected(model);
    for (Stage s : stages) {
      SystemdImage image = analyzer.analyze(s);
      if (stage == null && !image.runsSystemd() && stages.size() > 1 && s != stages.get(stages.size() - 1)) {
        continue;
      }
      ImageState state = model.imageState(s);
      RunModes.Chosen chosen = RunModes.choose(mode, modeBy, state.runNotes());
      Optional<BootSimulation.Boot> boot = image.runsSystemd() ? BootSimulation.of(state, chosen.mode())
          : Optional.empty();
      String note = !image.runsSystemd() ? "does not run systemd as PID 1"
          : boot.isEmpty() ? (state.baseVisible() ? "the knowledge base has no release for "
              + state.distro().displayName() : state.notVisibleHint()) : "";
      boots.add(new StageBoot(s, image, chosen, boot, note));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      json(out, boots);
    } else {
      text(out, boots, !noColor && System.getenv("NO_COLOR") == null && System.console() != null);
    }
    out.flush();
    return Main.EXIT_CLEAN;
  }

  private List<Stage> selected(DockerfileModel model) {
    if (stage == null) {
      return model.stages();
    }
    for (Stage s : model.stages()) {
      if (s.displayName().equalsIgnoreCase(stage) || String.valueOf(s.index()).equals(stage)) {
        return List.of(s);
      }
    }
    throw new UsageError(file + ": no stage '" + stage + "'; the stages are "
        + String.join(", ", model.stages().stream().map(Stage::displayName).toList()));
  }

  private void json(PrintWriter out, List<StageBoot> boots) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeStringField("file", file);
    g.writeArrayFieldStart("stages");
    for (StageBoot b : boots) {
      g.writeStartObject();
      g.writeStringField("name", b.stage().displayName());
      g.writeBooleanField("systemd", b.image().runsSystemd());
      g.writeStringField("runMode", b.mode().mode().id());
      g.writeStringField("era", b.image().era().name().toLowerCase(java.util.Locale.ROOT));
      if (b.boot().isPresent()) {
        g.writeStringField("release", b.boot().get().release().id());
        g.writeNumberField("systemdVersion", b.boot().get().release().systemdVersion());
      } else {
        g.writeNullField("systemdVersion");
      }
      if (!b.note().isEmpty()) {
        g.writeStringField("note", b.note());
      }
      g.writeArrayFieldStart("units");
      for (BootSimulation.UnitVerdict u : b.boot().map(BootSimulation.Boot::units).orElse(List.of())) {
        g.writeStartObject();
        g.writeStringField("unit", u.unit());
        g.writeStringField("verdict", u.verdict().id());
        g.writeStringField("reason", u.reason());
        g.writeStringField("wantedBy", u.wantedBy());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    out.println();
  }

  private void text(PrintWriter out, List<StageBoot> boots, boolean colour) {
    for (StageBoot b : boots) {
      if (!b.image().runsSystemd()) {
        out.println("stage " + b.stage().displayName() + ": does not run systemd as PID 1; nothing to boot");
        continue;
      }
      out.println("stage " + b.stage().displayName() + ": " + (b.note().isEmpty() ? "" : b.note() + "; ")
          + "run mode " + b.mode().mode().id() + " (" + b.mode().reason() + "), " + b.image().era().label()
          + b.boot().map(x -> ", " + x.release().id() + " with systemd " + x.release().systemdVersion()
              + (x.containerDetected() ? "" : ", container not detected")).orElse(""));
      if (b.boot().isEmpty()) {
        continue;
      }
      BootSimulation.Boot boot = b.boot().get();
      tree(out, boot, boot.defaultTarget(), "  ", new java.util.HashSet<>(), colour);
    }
  }

  private void tree(PrintWriter out, BootSimulation.Boot boot, String unit, String indent,
      java.util.Set<String> seen, boolean colour) {
    Optional<BootSimulation.UnitVerdict> v = boot.unit(unit);
    if (v.isEmpty() || !seen.add(unit)) {
      return;
    }
    Verdict verdict = v.get().verdict();
    String word = verdict.id();
    if (colour) {
      String code = switch (verdict) {
        case STARTS -> "32";
        case SKIPPED -> "2";
        case FAILS -> "31";
        case HOST -> "35";
        case COSMETIC -> "33";
      };
      word = "\u001b[" + code + "m" + word + "\u001b[0m";
    }
    out.println(indent + unit + "  " + word + (v.get().reason().isEmpty() ? "" : ": " + v.get().reason()));
    for (BootSimulation.UnitVerdict child : boot.units()) {
      if (child.wantedBy().equals(unit)) {
        tree(out, boot, child.unit(), indent + "  ", seen, colour);
      }
    }
  }
}
