package dev.dockwright.engine;

import dev.dockwright.ast.Dockerfile;
import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.SourceRange;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.fix.FixApplier;
import dev.dockwright.parser.BuildkitDump;
import dev.dockwright.parser.SyntaxDiagnostic;
import dev.dockwright.rule.Settings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The fix-convergence check (ruff's approach): apply every fix, safe and unsafe, pass by pass to a fixed point,
 * following each instruction of the original through the edits, then require of the result
 * <ol type="a">
 *   <li>no syntax diagnostic the original did not have;</li>
 *   <li>no finding the original did not have: the same rule on the same original instruction (an
 *       instruction a fix inserted is no original one);</li>
 *   <li>no finding left whose own fix was applied;</li>
 *   <li>a second {@code --fix} changes no byte;</li>
 *   <li>safe fixes alone leave the BuildKit dump of every instruction they did not target as it was.</li>
 * </ol>
 * A file with a syntax error is left alone, as {@code lint --fix} leaves it. A problem names the rules whose
 * fixes touched the instruction and the rule that then fired. A rule that
 * throws is rethrown, not reported as an internal error.
 */
final class FixConvergence {
  private static final Set<Applicability> ALL = Set.of(Applicability.SAFE, Applicability.UNSAFE);
  private static final Set<Applicability> SAFE = Set.of(Applicability.SAFE);

  private final Linter linter;

  FixConvergence() {
    RuleRegistry registry = RuleRegistry.standard();
    RuleSelection selection = RuleSelection.builder(registry).select(List.of("all")).ignore(List.of("shellcheck"))
        .build();
    this.linter = new Linter(registry, selection, Settings.defaults(), true, FixConvergence::rethrow)
        .withDockerignoreLocator(p -> Optional.empty());
  }

  /** Lints raw bytes as the CLI reads a file (decoding, BOM, line endings), every rule but ShellCheck. */
  FileResult lint(byte[] input) {
    return linter.lint("Dockerfile", input);
  }

  private static void rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(t);
  }

  /** Where an instruction of a fixed text came from: the original's instruction {@code index}, or a fix. */
  record Origin(int index, String insertedBy) {
    static final Origin FILE = new Origin(-1, "");

    static Origin original(int index) {
      return new Origin(index, "");
    }

    static Origin inserted(String rule) {
      return new Origin(-2, rule);
    }

    boolean isOriginal() {
      return index >= 0;
    }
  }

  /** Text that a fix moved: {@code [from, to)} of an edit's replacement copies the old text at {@code old}. */
  private record Move(int from, int to, int old) {}

  /** One pass of fixes: its edits on the previous text (sorted, line breaks as in the file), by rule. */
  private record Pass(List<Edit> edits, Map<Edit, String> rules, Map<Edit, List<Move>> moves) {
    /**
     * Where an offset of the new text was in the old one: outside every replacement, shifted back; inside
     * moved text, where that text came from; inside a replacement of old text, where the replaced text
     * began (the instruction was rewritten); inside pure inserted text, nowhere ({@code -1}).
     */
    int back(int n) {
      Located at = locate(n);
      if (at.edit == null) {
        return n - at.shift;
      }
      for (Move m : moves.getOrDefault(at.edit, List.of())) {
        if (n - at.newStart >= m.from && n - at.newStart < m.to) {
          return m.old + (n - at.newStart - m.from);
        }
      }
      return at.edit.end() > at.edit.start() ? at.edit.start() : -1;
    }

    String ruleAt(int n) {
      Located at = locate(n);
      return at.edit == null ? "a fix" : rules.getOrDefault(at.edit, "a fix");
    }

    /** The edit whose replacement holds offset {@code n} of the new text (null: none), and the shift before. */
    Located locate(int n) {
      int shift = 0;
      for (Edit e : edits) {
        int newStart = e.start() + shift;
        if (n < newStart) {
          break;
        }
        if (n < newStart + e.replacement().length()) {
          return new Located(e, newStart, shift);
        }
        shift += e.replacement().length() - (e.end() - e.start());
      }
      return new Located(null, -1, shift);
    }
  }

  private record Located(Edit edit, int newStart, int shift) {}

  /**
   * A text with the origin of each of its instructions, and the passes that made it from the original,
   * whose instruction ranges {@code base} holds.
   */
  private record Tracked(String text, FileResult result, List<Origin> origins, List<Pass> history,
      List<SourceRange> base) {
    /** The original instruction an offset of this text comes from, through every pass. */
    Origin originOf(int offset) {
      int o = offset;
      for (int p = history.size() - 1; p >= 0; p--) {
        int back = history.get(p).back(o);
        if (back < 0) {
          return Origin.inserted(history.get(p).ruleAt(o));
        }
        o = back;
      }
      for (int i = base.size() - 1; i >= 0; i--) {
        if (base.get(i).startOffset() <= o) {
          return o <= base.get(i).endOffset() ? Origin.original(i) : Origin.FILE;
        }
      }
      return Origin.FILE;
    }
  }

  /** The outcome of fixing one file: the fixed text and every problem found (none: the file converges). */
  record Outcome(String fixed, int passes, List<String> problems, Set<String> rulesFixed) {}

  Outcome check(String name, String original) {
    List<String> problems = new ArrayList<>();
    Tracked start = track(original, null, List.of());
    if (start.result.parse().hasErrors()) {
      // `lint --fix` leaves a file with a syntax error as it is (and says so): nothing to converge.
      return new Outcome(original, 0, List.of(), Set.of());
    }
    Run all = run(start, ALL);
    Set<String> rulesFixed = new TreeSet<>();
    all.applied.forEach(a -> rulesFixed.add(a.rule));
    if (!all.converged) {
      problems.add(name + ": fixes did not settle after " + FixApplier.MAX_PASSES + " passes; still offered by "
          + rulesOf(fixable(all.end, ALL)));
    }
    Tracked end = all.end;
    // (a) no new syntax diagnostic
    Map<String, Integer> before = countBy(start.result.parse().diagnostics(), SyntaxDiagnostic::code);
    for (SyntaxDiagnostic d : end.result.parse().diagnostics()) {
      if (before.merge(d.code(), -1, Integer::sum) < 0) {
        problems.add(name + ": fixes by " + all.rulesTouching(end.originOf(d.range().startOffset()))
            + " brought syntax error " + d.code() + " at " + d.range().startLine() + ":" + d.range().startColumn()
            + " (" + d.message() + ")");
      }
    }
    // (b) no finding the original did not have
    Map<String, Integer> had = new HashMap<>();
    for (Finding f : active(start.result)) {
      had.merge(all.key(f.rule().id(), start.originOf(f.range().startOffset())), 1, Integer::sum);
    }
    for (Finding f : active(end.result)) {
      Origin o = end.originOf(f.range().startOffset());
      if (had.merge(all.key(f.rule().id(), o), -1, Integer::sum) < 0) {
        problems.add(name + ": fixes by " + all.rulesTouching(o) + " brought " + f.rule().name() + " ("
            + f.rule().id() + ") at line " + f.range().startLine() + ": " + f.message());
      }
    }
    // (c) every finding whose fix was applied is gone: of the findings of one rule with one message on one
    // instruction, as many fewer remain as fixes were applied to them
    Map<String, Integer> left = new HashMap<>();
    for (Finding f : active(start.result)) {
      left.merge(all.key(f.rule().id(), start.originOf(f.range().startOffset())) + "\u0000" + f.message(), 1,
          Integer::sum);
    }
    Map<String, Applied> fixedAs = new HashMap<>();
    for (Applied a : all.applied) {
      if (a.origin.isOriginal()) {
        String k = all.key(a.rule, a.origin) + "\u0000" + a.message;
        left.merge(k, -1, Integer::sum);
        fixedAs.put(k, a);
      }
    }
    for (Finding f : active(end.result)) {
      String k = all.key(f.rule().id(), end.originOf(f.range().startOffset())) + "\u0000" + f.message();
      if (fixedAs.containsKey(k) && left.merge(k, -1, Integer::sum) < 0) {
        Applied a = fixedAs.get(k);
        problems.add(name + ": the fix of " + a.rule + " (" + a.title + ") was applied but its finding is still there: "
            + a.message);
      }
    }
    // (d) a second --fix changes no byte
    FixApplier.Result again = FixApplier.applyUntilStable(end.text, t -> fixesOf(t, ALL));
    if (!again.text().equals(end.text)) {
      problems.add(name + ": fixing the fixed file changed it again: " + new TreeSet<>(again.titles()));
    }
    // (e) safe fixes leave every instruction they did not target as BuildKit reads it
    Run safe = run(start, SAFE);
    Dockerfile from = start.result.parse().ast();
    Dockerfile to = safe.end.result.parse().ast();
    Map<Integer, Instruction> now = new HashMap<>();
    for (int i = 0; i < to.instructions().size(); i++) {
      Origin o = safe.end.origins.get(i);
      if (o.isOriginal()) {
        now.put(o.index, to.instructions().get(i));
      }
    }
    for (int i = 0; i < from.instructions().size(); i++) {
      if (safe.targeted.contains(i)) {
        continue;
      }
      Instruction was = from.instructions().get(i);
      Instruction is = now.get(i);
      String dumpWas = BuildkitDump.dump(was, from.escape());
      if (is == null) {
        problems.add(name + ": safe fixes " + rulesOf(safe.applied) + " removed line " + was.range().startLine()
            + ", which none of them targeted: " + dumpWas);
      } else if (!BuildkitDump.dump(is, to.escape()).equals(dumpWas)) {
        problems.add(name + ": safe fixes " + rulesOf(safe.applied) + " changed how BuildKit reads line "
            + was.range().startLine() + ", which none of them targeted: " + dumpWas + " became "
            + BuildkitDump.dump(is, to.escape()));
      }
    }
    safe.applied.forEach(a -> rulesFixed.add(a.rule));
    return new Outcome(end.text, all.passes, problems, rulesFixed);
  }

  private static <T> Map<String, Integer> countBy(List<T> items, java.util.function.Function<T, String> key) {
    Map<String, Integer> out = new TreeMap<>();
    items.forEach(i -> out.merge(key.apply(i), 1, Integer::sum));
    return out;
  }

  private static List<Finding> active(FileResult r) {
    return r.findings().stream().filter(f -> !f.suppressed()).toList();
  }

  private record Applied(String rule, String title, String message, Origin origin) {}

  private static final class Run {
    Tracked end;
    int passes;
    boolean converged;
    final List<Applied> applied = new ArrayList<>();
    /** Original instructions a fix was reported on or edited. */
    final Set<Integer> targeted = new HashSet<>();
    /** Rules whose fixes edited an origin, or inserted it. */
    final Map<Origin, Set<String>> touched = new HashMap<>();
    /** Original instructions a fix merged (union-find): their findings are compared as one instruction's. */
    final Map<Integer, Integer> merged = new HashMap<>();

    void join(Origin a, Origin b) {
      if (a.isOriginal() && b.isOriginal()) {
        merged.put(group(a.index), group(b.index));
      }
    }

    int group(int index) {
      int g = index;
      while (merged.containsKey(g) && merged.get(g) != g) {
        g = merged.get(g);
      }
      return g;
    }

    String key(String rule, Origin o) {
      return rule + "@" + (o.isOriginal() ? group(o.index) : o.index) + o.insertedBy;
    }

    String rulesTouching(Origin o) {
      Set<String> rules = new TreeSet<>(touched.getOrDefault(o, Set.of()));
      if (!o.isOriginal() && !o.insertedBy.isEmpty()) {
        rules.add(o.insertedBy);
      }
      if (rules.isEmpty()) {
        rules.addAll(applied.stream().map(Applied::rule).toList());
      }
      return rules.toString();
    }
  }

  private Run run(Tracked start, Set<Applicability> kinds) {
    Run run = new Run();
    Tracked current = start;
    for (int pass = 1; pass <= FixApplier.MAX_PASSES; pass++) {
      Map<Fix, Finding> byFix = new IdentityHashMap<>();
      for (Finding f : fixable(current, kinds)) {
        byFix.put(f.fix().get(), f);
      }
      List<Fix> chosen = FixApplier.accepted(current.text, new ArrayList<>(byFix.keySet()));
      if (chosen.isEmpty()) {
        run.end = current;
        run.passes = pass - 1;
        run.converged = true;
        return run;
      }
      List<Instruction> ins = current.result.parse().ast().instructions();
      List<Edit> edits = new ArrayList<>();
      Map<Edit, String> ruleOfEdit = new IdentityHashMap<>();
      Map<Edit, List<Move>> moves = new IdentityHashMap<>();
      for (Fix fix : chosen) {
        Finding f = byFix.get(fix);
        Origin o = current.originOf(f.range().startOffset());
        run.applied.add(new Applied(f.rule().id(), fix.title(), f.message(), o));
        mark(run, o, f.rule().id());
        List<Edit> inFileEdits = new ArrayList<>();
        for (Edit e : fix.edits()) {
          inFileEdits.add(new Edit(e.start(), e.end(), FixApplier.inFileLineEndings(current.text, e.replacement())));
        }
        findMoves(run, current, inFileEdits, moves);
        for (int k = 0; k < fix.edits().size(); k++) {
          Edit e = fix.edits().get(k);
          Edit inFile = inFileEdits.get(k);
          edits.add(inFile);
          ruleOfEdit.put(inFile, f.rule().id());
          for (int i = 0; i < ins.size(); i++) {
            int s = ins.get(i).range().startOffset();
            int en = ins.get(i).range().endOffset();
            if (edits(e, s, en)) {
              mark(run, current.origins.get(i), f.rule().id());
            }
          }
        }
      }
      String next = FixApplier.applyOnce(current.text, chosen).text();
      if (next.equals(current.text)) {
        run.end = current;
        run.passes = pass;
        run.converged = true;
        return run;
      }
      edits.sort(Comparator.naturalOrder());
      current = track(next, current, edits, ruleOfEdit, moves);
    }
    run.end = current;
    run.passes = FixApplier.MAX_PASSES;
    run.converged = fixable(current, kinds).isEmpty();
    return run;
  }

  /** Stands for replacement text a move already accounts for: no source text has it. */
  private static final char CLAIMED = '\uFFFF';

  /** Text shorter than this that a fix both deletes and inserts is a coincidence, not a move. */
  private static final int MIN_MOVE = 4;

  /**
   * Finds the text a fix moves: what one of its edits deletes and another inserts (a RUN joined into the one
   * before it). Offsets in the moved copy then map back to where the text came from, and the instructions
   * it left and joined count as one for the findings they had. Text one deletion moved is not matched again
   * by a later one (a row of RUNs joined at once may move the same command twice).
   */
  private static void findMoves(Run run, Tracked current, List<Edit> edits, Map<Edit, List<Move>> moves) {
    for (Edit into : edits) {
      char[] unclaimed = into.replacement().toCharArray();
      for (Edit from : edits) {
        if (into == from || from.end() == from.start() || into.replacement().isEmpty()) {
          continue;
        }
        String deleted = current.text.substring(from.start(), from.end());
        int[] common = longestCommon(new String(unclaimed), deleted);
        if (common[2] >= MIN_MOVE) {
          java.util.Arrays.fill(unclaimed, common[0], common[0] + common[2], CLAIMED);
          moves.computeIfAbsent(into, k -> new ArrayList<>())
              .add(new Move(common[0], common[0] + common[2], from.start() + common[1]));
          run.join(current.originOf(from.start() + common[1]), current.originOf(Math.max(0, into.start() - 1)));
        }
      }
    }
  }

  /** The longest common substring of two short texts: its start in each, and its length. */
  private static int[] longestCommon(String a, String b) {
    int[] best = {0, 0, 0};
    int[] prev = new int[b.length() + 1];
    for (int i = 1; i <= a.length(); i++) {
      int[] cur = new int[b.length() + 1];
      for (int j = 1; j <= b.length(); j++) {
        if (a.charAt(i - 1) == b.charAt(j - 1)) {
          cur[j] = prev[j - 1] + 1;
          if (cur[j] > best[2]) {
            best = new int[] {i - cur[j], j - cur[j], cur[j]};
          }
        }
      }
      prev = cur;
    }
    return best;
  }

  /**
   * Whether an edit changes the instruction at [start, end]: it overlaps it, or inserts into it; a line
   * inserted just before or after it (a replacement that ends or starts with the line break) does not.
   */
  private static boolean edits(Edit e, int start, int end) {
    if (e.start() > end || e.end() < start) {
      return false;
    }
    if (e.start() == e.end()) {
      return !(e.start() == start && e.replacement().endsWith("\n"))
          && !(e.start() == end && e.replacement().startsWith("\n"));
    }
    return e.start() < end && e.end() > start;
  }

  private static void mark(Run run, Origin o, String rule) {
    run.touched.computeIfAbsent(o, k -> new LinkedHashSet<>()).add(rule);
    if (o.isOriginal()) {
      run.targeted.add(o.index);
    }
  }

  private Tracked track(String text, Tracked previous, List<Edit> edits) {
    return track(text, previous, edits, Map.of(), Map.of());
  }

  /**
   * Lints {@code text} and maps each of its instructions back through {@code edits} (sorted, on the previous
   * text): an instruction that starts outside every replacement, where an instruction of the previous text
   * started, keeps that one's origin; one that starts where a replacement begins that covers the start of a
   * previous instruction (a rewritten keyword or instruction) keeps it too; any other is inserted by the fix.
   */
  private Tracked track(String text, Tracked previous, List<Edit> edits, Map<Edit, String> ruleOfEdit,
      Map<Edit, List<Move>> moves) {
    FileResult result = linter.lintText("Dockerfile", text);
    List<Instruction> ins = result.parse().ast().instructions();
    List<Origin> origins = new ArrayList<>();
    if (previous == null) {
      for (int i = 0; i < ins.size(); i++) {
        origins.add(Origin.original(i));
      }
      return new Tracked(text, result, origins, List.of(),
          ins.stream().map(Instruction::range).toList());
    }
    List<Instruction> old = previous.result.parse().ast().instructions();
    Map<Integer, Integer> oldStarts = new HashMap<>();
    for (int i = 0; i < old.size(); i++) {
      oldStarts.put(old.get(i).range().startOffset(), i);
    }
    Pass pass = new Pass(edits, ruleOfEdit, moves);
    for (Instruction in : ins) {
      int n = in.range().startOffset();
      Located at = pass.locate(n);
      Origin origin;
      if (at.edit != null) {
        Edit e = at.edit;
        Integer covered = e.end() > e.start() ? firstStartIn(oldStarts, e.start(), e.end()) : null;
        origin = n == at.newStart && covered != null ? previous.origins.get(covered)
            : Origin.inserted(ruleOfEdit.getOrDefault(e, "a fix"));
      } else {
        Integer i = oldStarts.get(n - at.shift);
        origin = i != null ? previous.origins.get(i) : Origin.inserted(nearestRule(edits, ruleOfEdit, n - at.shift));
      }
      origins.add(origin);
    }
    List<Pass> history = new ArrayList<>(previous.history);
    history.add(pass);
    return new Tracked(text, result, origins, List.copyOf(history), previous.base);
  }

  private static Integer firstStartIn(Map<Integer, Integer> starts, int from, int to) {
    Integer best = null;
    for (Map.Entry<Integer, Integer> e : starts.entrySet()) {
      if (e.getKey() >= from && e.getKey() < to && (best == null || e.getValue() < best)) {
        best = e.getValue();
      }
    }
    return best;
  }

  private static String nearestRule(List<Edit> edits, Map<Edit, String> ruleOfEdit, int oldOffset) {
    Edit best = null;
    for (Edit e : edits) {
      if (e.start() <= oldOffset) {
        best = e;
      }
    }
    return best == null ? "a fix" : ruleOfEdit.getOrDefault(best, "a fix");
  }

  private List<Finding> fixable(Tracked t, Set<Applicability> kinds) {
    return active(t.result).stream()
        .filter(f -> f.fix().isPresent() && kinds.contains(f.fix().get().applicability())).toList();
  }

  private List<Fix> fixesOf(String text, Set<Applicability> kinds) {
    return active(linter.lintText("Dockerfile", text)).stream().map(Finding::fix)
        .filter(f -> f.isPresent() && kinds.contains(f.get().applicability())).map(Optional::get).toList();
  }

  private static String rulesOf(List<?> items) {
    Set<String> out = new TreeSet<>();
    for (Object o : items) {
      if (o instanceof Finding f) {
        out.add(f.rule().id());
      } else if (o instanceof Applied a) {
        out.add(a.rule);
      }
    }
    return out.toString();
  }
}
