package dev.dockwright.report;

import com.contrastsecurity.sarif.ArtifactChange;
import com.contrastsecurity.sarif.ArtifactContent;
import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.OriginalUriBaseIds;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.Replacement;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dockwright.ast.SourceRange;
import dev.dockwright.ast.SourceText;
import dev.dockwright.engine.FileResult;
import dev.dockwright.engine.Finding;
import dev.dockwright.engine.RuleDescriptor;
import dev.dockwright.engine.RulePages;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.fix.FixApplier;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.RelatedLocation;
import dev.dockwright.rule.Severity;
import dev.dockwright.suppress.Suppression;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * SARIF 2.1.0 for code scanning services (GitHub, Azure DevOps, IDE viewers), built with the java-sarif
 * model: one run whose driver lists every rule that could run, one result per finding (suppressed ones
 * included, with their suppression), fixes as replacements, and an invocation with the exit code and a
 * notification per file that could not be read. Locations are relative to {@code %SRCROOT%}, the working
 * directory. The output depends only on the run: no timestamps, rules sorted by id, results by path,
 * line, column and rule.
 */
public final class SarifReporter implements Reporter {
  /** The final OASIS schema (with errata), which the SARIF validators ask for. */
  public static final String SCHEMA_URI =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  public static final String SRCROOT = "%SRCROOT%";
  /** Versioned, as SARIF asks of partial fingerprint names; bump the version if the hash ever changes. */
  public static final String FINGERPRINT = "dockwright/v1";
  public static final String INFORMATION_URI = "https://github.com/dockwright/dockwright";

  private static final Pattern SEMVER = Pattern.compile(
      "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");

  private static final ObjectWriter WRITER = writer();

  @Override
  public void write(LintRun run, Writer out) throws IOException {
    WRITER.writeValue(out, log(run));
    out.write('\n');
    out.flush();
  }

  /** The SARIF log of a run, as the java-sarif model. */
  public static SarifSchema210 log(LintRun run) {
    return new SarifSchema210()
        .with$schema(URI.create(SCHEMA_URI))
        .withVersion(SarifSchema210.Version._2_1_0)
        .withRuns(List.of(new Builder(run).build()));
  }

  private static ObjectWriter writer() {
    ObjectMapper mapper = new ObjectMapper()
        .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
        .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
        .addMixIn(Result.class, ResultLevelAlways.class)
        .addMixIn(ReportingConfiguration.class, ConfigurationLevelAlways.class)
        .addMixIn(Notification.class, NotificationLevelAlways.class);
    return mapper.writer(JsonStyle.printer());
  }

  /*
   * java-sarif leaves out every property equal to its schema default (@JsonInclude NON_DEFAULT), so a
   * "warning" level would vanish. Readers (and people) should not need the schema to know a level.
   */
  private abstract static class ResultLevelAlways {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract Result.Level getLevel();
  }

  private abstract static class ConfigurationLevelAlways {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract ReportingConfiguration.Level getLevel();
  }

  private abstract static class NotificationLevelAlways {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract Notification.Level getLevel();
  }

  /** One run's SARIF: rule indexes and artifact locations are shared by all results. */
  private static final class Builder {
    private final LintRun run;
    private final Path workingDirectory;
    private final List<RuleDescriptor> rules;
    private final Map<String, Integer> ruleIndex = new HashMap<>();

    Builder(LintRun run) {
      this.run = run;
      this.workingDirectory = run.workingDirectory().toAbsolutePath().normalize();
      Map<String, RuleDescriptor> byId = new TreeMap<>();
      run.rules().forEach(r -> byId.put(r.id(), r));
      // A finding's rule is listed even when it was not in the selection (an internal error, a baseline).
      run.results().forEach(r -> r.findings().forEach(f -> byId.putIfAbsent(f.rule().id(), f.rule())));
      this.rules = List.copyOf(byId.values());
      for (int i = 0; i < rules.size(); i++) {
        ruleIndex.put(rules.get(i).id(), i);
      }
    }

    Run build() {
      List<Result> results = new ArrayList<>();
      List<FileResult> files = new ArrayList<>(run.results());
      files.sort(Comparator.comparing(FileResult::path));
      for (FileResult file : files) {
        List<String> fingerprints = FindingFingerprints.of(file);
        for (int i = 0; i < file.findings().size(); i++) {
          results.add(result(file, file.findings().get(i), fingerprints.get(i)));
        }
      }
      OriginalUriBaseIds bases = new OriginalUriBaseIds();
      bases.setAdditionalProperty(SRCROOT, new ArtifactLocation()
          .withUri(ReportPaths.fileUri(workingDirectory, true))
          .withDescription(text("The directory dockwright ran in.")));
      return new Run()
          .withTool(new Tool().withDriver(driver()))
          .withInvocations(List.of(invocation()))
          .withOriginalUriBaseIds(bases)
          .withResults(results)
          .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS);
    }

    private ToolComponent driver() {
      Set<ReportingDescriptor> descriptors = new LinkedHashSet<>();
      rules.forEach(r -> descriptors.add(descriptor(r)));
      ToolComponent driver = new ToolComponent()
          .withName("dockwright")
          .withFullName("dockwright Dockerfile linter")
          .withVersion(run.toolVersion())
          .withInformationUri(URI.create(INFORMATION_URI))
          .withRules(descriptors);
      if (SEMVER.matcher(run.toolVersion()).matches()) {
        driver.setSemanticVersion(run.toolVersion());
      }
      return driver;
    }

    private static ReportingDescriptor descriptor(RuleDescriptor rule) {
      Optional<String> page = RulePages.markdown(rule);
      String whatItDoes = page.flatMap(p -> RulePages.section(p, "What it does")).orElse(rule.summary());
      String help = page.orElse(rule.summary() + "\n\nSee " + RulePages.helpUri(rule));
      PropertyBag properties = new PropertyBag().withTags(tags(rule));
      properties.setAdditionalProperty("category", kebab(rule.category().name()));
      properties.setAdditionalProperty("fix", kebab(rule.fix().name()));
      properties.setAdditionalProperty("fixSafety", rule.fixSafety().stream().map(a -> kebab(a.name())).toList());
      return new ReportingDescriptor()
          .withId(rule.id())
          .withName(rule.name())
          .withShortDescription(new MultiformatMessageString().withText(rule.summary()))
          .withFullDescription(new MultiformatMessageString().withText(whatItDoes).withMarkdown(whatItDoes))
          .withHelp(new MultiformatMessageString().withText(help).withMarkdown(help))
          .withHelpUri(URI.create(RulePages.helpUri(rule)))
          .withDefaultConfiguration(new ReportingConfiguration().withLevel(configurationLevel(rule.severity())))
          .withDeprecatedIds(new LinkedHashSet<>(rule.aliases()))
          .withProperties(properties);
    }

    private static Set<String> tags(RuleDescriptor rule) {
      Set<String> tags = new LinkedHashSet<>();
      tags.add("dockerfile");
      tags.add(kebab(rule.category().name()));
      if (rule.category() == Category.SECURITY) {
        tags.add("security");
      }
      return tags;
    }

    private Invocation invocation() {
      List<Notification> notifications = new ArrayList<>();
      for (LintRun.Notification n : run.notifications()) {
        notifications.add(new Notification()
            .withLevel(Notification.Level.ERROR)
            .withMessage(text(sentence(n.path() + ": " + n.message())))
            .withLocations(new LinkedHashSet<>(List.of(new Location().withPhysicalLocation(
                new PhysicalLocation().withArtifactLocation(artifact(n.path())))))));
      }
      Invocation invocation = new Invocation()
          .withExecutionSuccessful(run.notifications().isEmpty())
          .withExitCode(run.exitCode());
      if (!notifications.isEmpty()) {
        invocation.setToolExecutionNotifications(notifications);
      }
      return invocation;
    }

    private Result result(FileResult file, Finding f, String fingerprint) {
      SourceText src = file.parse().ast().source();
      PartialFingerprints fp = new PartialFingerprints();
      fp.setAdditionalProperty(FINGERPRINT, fingerprint);
      Result result = new Result()
          .withRuleId(f.rule().id())
          .withRuleIndex(ruleIndex.get(f.rule().id()))
          .withLevel(resultLevel(f.severity()))
          .withMessage(text(sentence(f.message())))
          .withLocations(List.of(location(f.path(), displayRegion(src, f.range()))))
          .withPartialFingerprints(fp);
      if (!f.related().isEmpty()) {
        Set<Location> related = new LinkedHashSet<>();
        int id = 1;
        for (RelatedLocation rl : f.related()) {
          related.add(location(f.path(), displayRegion(src, rl.range())).withId(id++)
              .withMessage(text(sentence(rl.message()))));
        }
        result.setRelatedLocations(related);
      }
      f.fix().filter(SarifReporter::replayable).ifPresent(fix -> result.setFixes(
          new LinkedHashSet<>(List.of(fix(f.path(), src, fix)))));
      f.suppression().ifPresent(s -> result.setSuppressions(
          new LinkedHashSet<>(List.of(suppression(f.path(), src, s)))));
      return result;
    }

    private com.contrastsecurity.sarif.Fix fix(String path, SourceText src, Fix fix) {
      String eol = FixApplier.lineEnding(src.text());
      List<Replacement> replacements = new ArrayList<>();
      List<Edit> edits = new ArrayList<>(fix.edits());
      edits.sort(Comparator.naturalOrder());
      for (Edit e : edits) {
        int start = Math.min(e.start(), src.length());
        int end = Math.min(e.end(), src.length());
        Replacement r = new Replacement().withDeletedRegion(exactRegion(src.range(start, end)));
        if (!e.replacement().isEmpty()) {
          r.setInsertedContent(new ArtifactContent().withText(withLineEnding(e.replacement(), eol)));
        }
        replacements.add(r);
      }
      PropertyBag properties = new PropertyBag();
      properties.setAdditionalProperty("applicability", fix.applicability().name().toLowerCase(Locale.ROOT));
      return new com.contrastsecurity.sarif.Fix()
          .withDescription(text(sentence(fix.title())))
          .withArtifactChanges(new LinkedHashSet<>(List.of(new ArtifactChange()
              .withArtifactLocation(artifact(path))
              .withReplacements(replacements))))
          .withProperties(properties);
    }

    private com.contrastsecurity.sarif.Suppression suppression(String path, SourceText src, Suppression s) {
      boolean baseline = s.syntax() == Suppression.Syntax.BASELINE;
      com.contrastsecurity.sarif.Suppression out = new com.contrastsecurity.sarif.Suppression()
          .withKind(baseline ? com.contrastsecurity.sarif.Suppression.Kind.EXTERNAL
              : com.contrastsecurity.sarif.Suppression.Kind.IN_SOURCE)
          .withStatus(com.contrastsecurity.sarif.Suppression.Status.ACCEPTED);
      if (!s.justification().isBlank()) {
        out.setJustification(s.justification().strip());
      }
      if (!baseline) {
        out.setLocation(location(path, displayRegion(src, s.range())));
      }
      PropertyBag properties = new PropertyBag();
      properties.setAdditionalProperty("syntax", s.syntax().name().toLowerCase(Locale.ROOT));
      properties.setAdditionalProperty("scope", kebab(s.scope().name()));
      out.setProperties(properties);
      return out;
    }

    private Location location(String path, Region region) {
      return new Location().withPhysicalLocation(new PhysicalLocation()
          .withArtifactLocation(artifact(path))
          .withRegion(region));
    }

    private ArtifactLocation artifact(String path) {
      Optional<String> relative = ReportPaths.relative(workingDirectory, path);
      if (relative.isPresent()) {
        return new ArtifactLocation().withUri(ReportPaths.uriReference(relative.get())).withUriBaseId(SRCROOT);
      }
      return new ArtifactLocation().withUri(ReportPaths.fileUri(workingDirectory.resolve(path), false));
    }
  }

  /** Fixes a tool can apply: safe and unsafe ones (display-only suggestions need a human). */
  private static boolean replayable(Fix fix) {
    return fix.applicability() != Applicability.DISPLAY_ONLY && !fix.edits().isEmpty();
  }

  /**
   * A region to show: a range that ends just after a line break ends at the end of that line instead, so
   * viewers do not highlight (or point past) the next line.
   */
  static Region displayRegion(SourceText src, SourceRange r) {
    int endLine = r.endLine();
    int endColumn = r.endColumn();
    if (endLine > r.startLine() && endColumn == 1 && endLine - 1 <= src.lineCount()) {
      endLine--;
      endColumn = src.lineEnd(endLine) - src.lineStart(endLine) + 1;
    }
    return new Region().withStartLine(r.startLine()).withStartColumn(r.startColumn()).withEndLine(endLine)
        .withEndColumn(Math.max(endColumn, endLine == r.startLine() ? r.startColumn() : 1));
  }

  /** A region to edit: exactly the range, line breaks included. */
  static Region exactRegion(SourceRange r) {
    return new Region().withStartLine(r.startLine()).withStartColumn(r.startColumn()).withEndLine(r.endLine())
        .withEndColumn(r.endColumn());
  }

  /** Inserted text with the file's own line ending, as {@code --fix} writes it. */
  private static String withLineEnding(String text, String eol) {
    return eol.equals("\n") ? text : text.replace("\r\n", "\n").replace("\n", eol);
  }

  /** SARIF messages are sentences (validators check the final period); dockwright's messages have none. */
  static String sentence(String message) {
    String m = message.strip();
    if (m.isEmpty()) {
      return "(no message).";
    }
    char last = m.charAt(m.length() - 1);
    return last == '.' || last == '?' || last == '!' ? m : m + ".";
  }

  private static Message text(String text) {
    return new Message().withText(text);
  }

  static Result.Level resultLevel(Severity s) {
    return switch (s) {
      case ERROR -> Result.Level.ERROR;
      case WARNING -> Result.Level.WARNING;
      case INFO, STYLE -> Result.Level.NOTE;
    };
  }

  private static ReportingConfiguration.Level configurationLevel(Severity s) {
    return switch (s) {
      case ERROR -> ReportingConfiguration.Level.ERROR;
      case WARNING -> ReportingConfiguration.Level.WARNING;
      case INFO, STYLE -> ReportingConfiguration.Level.NOTE;
    };
  }

  private static String kebab(String enumName) {
    return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
