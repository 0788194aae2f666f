#!/usr/bin/env python3
"""The two halves of bench/parity.sh around the dockwright runs.

  parity.py write CASES_TSV DIR RULES_JSON
                                         one directory per case under DIR: DIR/<id>/Dockerfile (and the
                                         case's .dockerignore); prints the rule codes and check names the
                                         cases name that are aliases of a dockwright rule, for --select
  parity.py score hadolint CASES_TSV DIR FINDINGS_JSON RULES_JSON [--verbose]
  parity.py score buildkit CASES_TSV DIR FINDINGS_JSON RULES_JSON [--verbose]

FINDINGS_JSON is `dockwright lint --format json DIR`, RULES_JSON `dockwright rules --format json`.
A hadolint case agrees when dockwright reports a finding of the rule that has the case's DL code as an
alias anywhere in the fragment (expect catch), or none (expect pass). A BuildKit case agrees when the set
of (check name, line) of dockwright's findings, restricted to the case's checks, equals the expected set
(the set of check names, for cases whose lines BuildKit's test does not check). Findings the report marks
suppressed (pragmas, `# check=skip=`) do not count.
"""
import collections
import json
import os
import sys

from common import unesc

# dockwright rules that stand for several DL codes: which instruction each code is about
SHARED_BY_INSTRUCTION = {"DL4003": "CMD", "DL4004": "ENTRYPOINT", "DL3012": "HEALTHCHECK"}


def read_cases(path):
    with open(path, encoding="utf-8") as fh:
        lines = [ln.rstrip("\n") for ln in fh if not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, (unesc(x) for x in ln.split("\t")))) for ln in lines[1:] if ln]


def write(cases_tsv, out_dir, rules_json):
    known = set(alias_table(rules_json)[1])
    codes = set()
    for case in read_cases(cases_tsv):
        d = os.path.join(out_dir, case["id"])
        os.makedirs(d)
        with open(os.path.join(d, "Dockerfile"), "w", encoding="utf-8") as fh:
            fh.write(case["dockerfile"])
        if case.get("dockerignore"):
            with open(os.path.join(d, ".dockerignore"), "w", encoding="utf-8") as fh:
                fh.write(case["dockerignore"])
        if "rule" in case:
            codes.add(case["rule"])
        else:
            codes.update(x for x in case["checks"].split(",") if x)
    print(",".join(sorted(codes & known)))


def findings_by_case(findings_json, out_dir):
    with open(findings_json, encoding="utf-8") as fh:
        report = json.load(fh)
    by_case = collections.defaultdict(list)
    root = os.path.realpath(out_dir)
    for f in report["findings"]:
        if f.get("suppression"):
            continue  # reported as suppressed (a pragma, a # check=skip= directive): not a finding
        rel = os.path.relpath(os.path.realpath(f["path"]), root)
        by_case[rel.split(os.sep)[0]].append(f)
    return by_case, report.get("notifications", [])


def alias_table(rules_json):
    with open(rules_json, encoding="utf-8") as fh:
        rules = json.load(fh)
    aliases = {r["id"]: r.get("aliases", []) for r in rules}
    rule_of = {}
    for rid, names in aliases.items():
        for name in names:
            rule_of.setdefault(name, []).append(rid)
    return aliases, rule_of


def short(text, width=110):
    text = text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
    return text if len(text) <= width else text[:width - 3] + "..."


def instruction_at(dockerfile, line):
    lines = dockerfile.split("\n")
    if not 1 <= line <= len(lines):
        return ""
    words = lines[line - 1].split()
    if words and words[0].upper() == "ONBUILD":
        words = words[1:]
    return words[0].upper() if words else ""


def pct(a, n):
    return f"{100.0 * a / n:5.1f}%" if n else "    -"


def score_hadolint(cases, by_case, rule_of, verbose):
    per_rule = collections.OrderedDict()
    for case in sorted(cases, key=lambda c: (c["rule"], c["id"])):
        code = case["rule"]
        rids = rule_of.get(code, [])
        found = [f for f in by_case.get(case["id"], []) if f["ruleId"] in rids]
        if code in SHARED_BY_INSTRUCTION:
            found = [f for f in found if instruction_at(case["dockerfile"], f["range"]["start"]["line"])
                     == SHARED_BY_INSTRUCTION[code]]
        got = "catch" if found else "pass"
        syntax = [f for f in by_case.get(case["id"], []) if f["ruleId"] == "DW1000"]
        per_rule.setdefault(code, []).append((case, got, found, syntax, bool(rids)))
    total = agree = 0
    plain_total = plain_agree = 0
    rows = []
    for code, results in per_rule.items():
        n = len(results)
        a = sum(1 for case, got, *_ in results if got == case["expect"])
        total, agree = total + n, agree + a
        plain = [r for r in results if r[0]["variant"] == "plain"]
        plain_total += len(plain)
        plain_agree += sum(1 for case, got, *_ in plain if got == case["expect"])
        rows.append((code, n, a, results))
    print("== hadolint rule specs (test/Hadolint/Rule/*Spec.hs), default configuration")
    print(f"{'rule':8} {'dockwright':10} {'cases':>5} {'agree':>5} {'%':>6}  missed  false")
    for code, n, a, results in rows:
        missed = sum(1 for case, got, *_ in results if case["expect"] == "catch" and got == "pass")
        false = sum(1 for case, got, *_ in results if case["expect"] == "pass" and got == "catch")
        rid = ",".join(rule_of.get(code, [])) or "(none)"
        print(f"{code:8} {rid:10} {n:5d} {a:5d} {pct(a, n)}  {missed:6d} {false:6d}")
    print(f"{'overall':8} {'':10} {total:5d} {agree:5d} {pct(agree, total)}"
          f"   (plain fragments only: {plain_agree}/{plain_total} {pct(plain_agree, plain_total).strip()};"
          f" ONBUILD-wrapped: {agree - plain_agree}/{total - plain_total}"
          f" {pct(agree - plain_agree, total - plain_total).strip()})")
    print()
    print("-- hadolint disagreements (spec file:line, variant: expected -> got)")
    for code, n, a, results in rows:
        bad = [r for r in results if r[1] != r[0]["expect"]]
        if not bad:
            continue
        print(f"{code} ({len(bad)} of {n})" + ("" if results[0][4] else ": no dockwright rule has this alias"))
        for case, got, found, syntax, _ in bad:
            what = "reported nothing" if got == "pass" else "reported " + "; ".join(
                f"line {f['range']['start']['line']}: {f['message']}" for f in found)
            extra = " [dockwright: syntax error " + "; ".join(f["message"] for f in syntax) + "]" if syntax else ""
            print(f"  {case['source']} {case['variant']}: expected {case['expect']}, {short(what, 160)}{extra}")
            print(f"      {short(case['dockerfile'], 1000 if verbose else 110)}")
    print()
    return total, agree


def score_buildkit(cases, by_case, aliases, verbose):
    per_check = collections.OrderedDict()
    results = []
    for case in cases:
        checks = [x for x in case["checks"].split(",") if x]
        expected = {(r, int(ln)) for r, _, ln in (x.rpartition(":") for x in case["expected"].split(",") if x)}
        got = set()
        for f in by_case.get(case["id"], []):
            for name in aliases.get(f["ruleId"], []):
                if name in checks:
                    got.add((name, f["range"]["start"]["line"]))
        if case.get("lines") == "unchecked":
            ok = {r for r, _ in got} == {r for r, _ in expected}
        else:
            ok = got == expected
        results.append((case, checks, expected, got, ok))
        for check in checks:
            per_check.setdefault(check, []).append((case, ok, expected, got))
    decidable = [r for r in results if r[0]["decidable"] == "yes"]
    other = [r for r in results if r[0]["decidable"] != "yes"]
    print("== BuildKit check tests (frontend/dockerfile/dockerfile_check_test.go)")
    print(f"{'check':32} {'dockwright':10} {'cases':>5} {'agree':>5} {'%':>6}   (decidable cases; a case counts"
          " for each check it is about)")
    rule_of = {}
    for rid, names in aliases.items():
        for name in names:
            rule_of.setdefault(name, []).append(rid)
    for check in sorted(per_check):
        rs = [r for r in per_check[check] if r[0]["decidable"] == "yes"]
        if not rs:
            continue
        a = sum(1 for r in rs if r[1])
        print(f"{check:32} {','.join(rule_of.get(check, [])) or '(none)':10} {len(rs):5d} {a:5d} {pct(a, len(rs))}")
    a = sum(1 for r in decidable if r[4])
    print(f"{'overall, decidable cases':43} {len(decidable):5d} {a:5d} {pct(a, len(decidable))}")
    b = sum(1 for r in other if r[4])
    print(f"{'not decidable statically (informative)':43} {len(other):5d} {b:5d} {pct(b, len(other))}")
    print()
    print("-- BuildKit disagreements (test file:line [test]: expected -> got, (check, line) pairs)")
    for case, checks, expected, got, ok in results:
        if ok:
            continue
        fmt = lambda s: ", ".join(f"{r}:{ln}" for r, ln in sorted(s, key=lambda x: (x[1], x[0]))) or "none"
        flag = "" if case["decidable"] == "yes" else f" ({case['decidable']})"
        if case.get("lines") == "unchecked":
            flag += " (lines unchecked: names compared)"
        print(f"  {case['source']} [{case['test']}]{flag}: expected {fmt(expected)}; got {fmt(got)}")
        if verbose:
            for f in by_case.get(case["id"], []):
                if any(n in checks for n in aliases.get(f["ruleId"], [])):
                    print(f"      {f['ruleId']} line {f['range']['start']['line']}: {short(f['message'], 150)}")
        print(f"      {short(case['dockerfile'], 1000 if verbose else 110)}")
    print()
    return len(decidable), a


def main():
    args = [a for a in sys.argv[1:] if a != "--verbose"]
    verbose = "--verbose" in sys.argv[1:]
    if args[:1] == ["write"] and len(args) == 4:
        write(args[1], args[2], args[3])
    elif args[:1] == ["score"] and len(args) == 6 and args[1] in ("hadolint", "buildkit"):
        kind, cases_tsv, out_dir, findings_json, rules_json = args[1:]
        cases = read_cases(cases_tsv)
        by_case, notifications = findings_by_case(findings_json, out_dir)
        aliases, rule_of = alias_table(rules_json)
        for note in notifications:
            print(f"dockwright notification: {note}", file=sys.stderr)
        if kind == "hadolint":
            score_hadolint(cases, by_case, rule_of, verbose)
        else:
            score_buildkit(cases, by_case, aliases, verbose)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
