#!/usr/bin/env python3
"""Derive hadolint-cases.tsv (into OUT_DIR, target/parity for bench/parity.sh) from hadolint's rule specs (test/Hadolint/Rule/*Spec.hs).

Usage: extract-hadolint.py HADOLINT_GIT_DIR_OR_CHECKOUT [OUT_DIR]     (OUT_DIR default: bench/parity)

Reads each spec with `git show HEAD:...` when given a git directory (e.g. the mirror `fetch
github:hadolint/hadolint` gives), else from the checkout. A small tokenizer and evaluator for the Haskell
the specs are written in: string literals with escapes and gaps, `Text.unlines [...]`, `unlines`, `<>` and
`++`, `$`, parentheses, and `let` bindings (`let dockerFile = [...] in ...`, resolved to the nearest
binding before the use). Calls taken:

  ruleCatches CODE DF / ruleCatchesNot CODE DF                  the fragment as written
  onBuildRuleCatches CODE DF / onBuildRuleCatchesNot CODE DF    every RUN wrapped in ONBUILD, as hadolint's
                                                                assertOnBuildChecks does to the parsed file
  assertChecks DF (failsWith N CODE)                            catches when N > 0, not when N = 0

Cases under a non-default `?config` (label schemas, trusted registries, ...) are written to
hadolint-skipped.tsv with the config; calls the evaluator cannot reduce to a string are written there too
(reason `unextracted: ...`). ShellcheckSpec.hs is not read: it asserts ShellCheck findings, not a DL rule.

Each fragment gets `FROM debian:12` as its first line (after any parser directive) unless it has a FROM,
and a trailing newline, as hadolint's test harness appends one. Output columns (tab-separated, `\\n`,
`\\t`, `\\\\` escaped): id, source (spec file:line of the call), rule, expect (catch|pass), variant
(plain|onbuild), count (the exact number of findings the spec asserts, empty for "at least one"),
from_added (yes|no), dockerfile.
"""
import os
import re
import sys

from common import esc, list_dir, read_source, revision

CALLS = {"ruleCatches", "ruleCatchesNot", "onBuildRuleCatches", "onBuildRuleCatchesNot",
         "assertChecks", "assertOnBuildChecks"}
KEYWORDS = {"let", "in", "where", "do", "of", "case", "if", "then", "else", "module", "import"}
SYMBOLS = set("!#$%&*+./<=>?@\\^|-~:")
ASCII_ESC = {"NUL": 0, "SOH": 1, "STX": 2, "ETX": 3, "EOT": 4, "ENQ": 5, "ACK": 6, "BEL": 7, "BS": 8,
             "HT": 9, "LF": 10, "VT": 11, "FF": 12, "CR": 13, "SO": 14, "SI": 15, "DLE": 16, "DC1": 17,
             "DC2": 18, "DC3": 19, "DC4": 20, "NAK": 21, "SYN": 22, "ETB": 23, "CAN": 24, "EM": 25,
             "SUB": 26, "ESC": 27, "FS": 28, "GS": 29, "RS": 30, "US": 31, "SP": 32, "DEL": 127}
SIMPLE_ESC = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v", "\\": "\\",
              '"': '"', "'": "'"}


class Tok:
    __slots__ = ("kind", "val", "line", "col", "first")

    def __init__(self, kind, val, line, col):
        self.kind, self.val, self.line, self.col, self.first = kind, val, line, col, False

    def __repr__(self):
        return f"{self.kind}:{self.val!r}@{self.line}:{self.col}"


class EvalError(Exception):
    pass


def tokenize(src):
    toks = []
    i, line, col, n = 0, 1, 1, len(src)

    def adv(k):
        nonlocal i, line, col
        for _ in range(k):
            if src[i] == "\n":
                line, col = line + 1, 1
            else:
                col += 1
            i += 1

    while i < n:
        c = src[i]
        if c == "\n" or c.isspace():
            adv(1)
        elif src.startswith("{-", i):
            depth = 0
            while i < n:
                if src.startswith("{-", i):
                    depth += 1
                    adv(2)
                elif src.startswith("-}", i):
                    depth -= 1
                    adv(2)
                    if depth == 0:
                        break
                else:
                    adv(1)
        elif src.startswith("--", i) and (i + len(re.match(r"-+", src[i:]).group()) >= n or
                                          src[i + len(re.match(r"-+", src[i:]).group())] not in SYMBOLS):
            while i < n and src[i] != "\n":
                adv(1)
        elif c == '"':
            l0, c0 = line, col
            adv(1)
            out = []
            while True:
                if i >= n:
                    raise EvalError(f"unterminated string at {l0}:{c0}")
                c = src[i]
                if c == '"':
                    adv(1)
                    break
                if c == "\\":
                    d = src[i + 1]
                    if d.isspace():  # a gap: backslash, white space, backslash
                        adv(1)
                        while src[i].isspace():
                            adv(1)
                        if src[i] != "\\":
                            raise EvalError(f"bad string gap at {line}:{col}")
                        adv(1)
                    elif d == "&":
                        adv(2)
                    elif d in SIMPLE_ESC:
                        out.append(SIMPLE_ESC[d])
                        adv(2)
                    elif d.isdigit():
                        m = re.match(r"\d+", src[i + 1:])
                        out.append(chr(int(m.group())))
                        adv(1 + len(m.group()))
                    elif d == "x":
                        m = re.match(r"[0-9a-fA-F]+", src[i + 2:])
                        out.append(chr(int(m.group(), 16)))
                        adv(2 + len(m.group()))
                    elif d == "o":
                        m = re.match(r"[0-7]+", src[i + 2:])
                        out.append(chr(int(m.group(), 8)))
                        adv(2 + len(m.group()))
                    elif d == "^":
                        out.append(chr(ord(src[i + 2]) - 64))
                        adv(3)
                    else:
                        for name in sorted(ASCII_ESC, key=len, reverse=True):
                            if src.startswith(name, i + 1):
                                out.append(chr(ASCII_ESC[name]))
                                adv(1 + len(name))
                                break
                        else:
                            raise EvalError(f"unknown escape \\{d} at {line}:{col}")
                else:
                    out.append(c)
                    adv(1)
            toks.append(Tok("str", "".join(out), l0, c0))
        elif c == "'":
            m = re.match(r"'(\\.[^']*|[^'\\])'", src[i:])
            if not m:
                raise EvalError(f"bad char literal at {line}:{col}")
            toks.append(Tok("char", m.group(1), line, col))
            adv(len(m.group()))
        elif c.isalpha() or c == "_" or (c == "?" and i + 1 < n and src[i + 1].islower()):
            m = re.match(r"\??(?:[A-Z][\w']*\.)*[A-Za-z_][\w']*", src[i:])
            toks.append(Tok("id", m.group(), line, col))
            adv(len(m.group()))
        elif c.isdigit():
            m = re.match(r"\d+", src[i:])
            toks.append(Tok("int", int(m.group()), line, col))
            adv(len(m.group()))
        elif c in "()[],;`{}":
            toks.append(Tok("punct", c, line, col))
            adv(1)
        elif c in SYMBOLS:
            m = re.match(r"[!#$%&*+./<=>?@\\^|\-~:]+", src[i:])
            toks.append(Tok("op", m.group(), line, col))
            adv(len(m.group()))
        else:
            raise EvalError(f"unexpected character {c!r} at {line}:{col}")
    last_line = 0
    for t in toks:
        if t.line != last_line:
            t.first = True
            last_line = t.line
    return toks


def layout_end(toks, start, base_col, line, stop_in=True):
    """Index of the first token after `start` that is on a later line than `line` at column <= base_col,
    or that closes a bracket opened before `start`, or (with stop_in) `in` at depth 0."""
    depth = 0
    j = start
    while j < len(toks):
        t = toks[j]
        if t.line > line and t.first and t.col <= base_col:
            return j
        if t.kind == "punct" and t.val in "([{":
            depth += 1
        elif t.kind == "punct" and t.val in ")]}":
            depth -= 1
            if depth < 0:
                return j
        elif stop_in and t.kind == "id" and t.val == "in" and depth == 0:
            return j
        j += 1
    return j


def line_base_col(toks, idx):
    j = idx
    while not toks[j].first:
        j -= 1
    return toks[j].col


class Spec:
    def __init__(self, name, src):
        self.name = name
        self.toks = tokenize(src)
        self.bindings = []  # (tok index, name, value start, value end)
        self.configs = []   # (start index, end index, text)
        t = self.toks
        for k in range(len(t) - 1):
            if t[k].kind == "id" and t[k + 1].kind == "op" and t[k + 1].val == "=" and \
                    t[k].val not in KEYWORDS and (t[k].first or (k > 0 and t[k - 1].val in ("let", "where"))):
                end = layout_end(t, k + 2, t[k].col, t[k].line)
                if t[k].val == "?config":
                    let_col = t[k - 1].col if t[k - 1].val == "let" else t[k].col
                    scope_end = layout_end(t, k, let_col - 1, t[k].line, stop_in=False)
                    text = " ".join(str(x.val) if x.kind != "str" else '"' + x.val + '"' for x in t[k + 2:end])
                    self.configs.append((k, scope_end, text))
                else:
                    self.bindings.append((k, t[k].val, k + 2, end))

    def config_at(self, idx):
        best = None
        for start, end, text in self.configs:
            if start < idx < end and (best is None or start > best[0]):
                best = (start, text)
        return best[1] if best else None

    def resolve(self, name, idx, seen):
        cands = [b for b in self.bindings if b[1] == name and b[0] < idx]
        if not cands:
            raise EvalError(f"unbound name {name}")
        k, _, s, e = cands[-1]
        if k in seen:
            raise EvalError(f"recursive binding {name}")
        return self.evaluate(s, e, seen | {k})

    def evaluate(self, s, e, seen=frozenset()):
        p = Parser(self, self.toks[s:e], s, seen)
        v = p.dollar()
        if p.pos != len(p.toks):
            raise EvalError(f"cannot read past {p.toks[p.pos]!r}")
        return v


class Fn:
    def __init__(self, name, args=()):
        self.name, self.args = name, list(args)


def apply(f, args):
    if not isinstance(f, Fn):
        raise EvalError(f"applying a non-function {f!r}")
    g = Fn(f.name, f.args + args)
    name = g.name.split(".")[-1]
    if name in ("unlines", "unwords", "pack", "concat", "mconcat", "intercalate", "id") and \
            len(g.args) >= (2 if name == "intercalate" else 1):
        a = g.args
        if name == "intercalate":
            if not isinstance(a[0], str) or not isinstance(a[1], list):
                raise EvalError("intercalate needs a string and a list")
            return a[0].join(strs(a[1]))
        if name in ("pack", "id"):
            return a[0]
        if not isinstance(a[0], list):
            raise EvalError(f"{name} needs a list")
        if name == "unlines":
            return "".join(x + "\n" for x in strs(a[0]))
        if name == "unwords":
            return " ".join(strs(a[0]))
        return "".join(strs(a[0]))
    return g


def strs(xs):
    for x in xs:
        if not isinstance(x, str):
            raise EvalError(f"list element is not a string: {x!r}")
    return xs


class Parser:
    def __init__(self, spec, toks, base, seen):
        self.spec, self.toks, self.pos, self.base, self.seen = spec, toks, 0, base, seen

    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def dollar(self):
        v = self.infix()
        t = self.peek()
        if t is not None and t.kind == "op" and t.val == "$":
            self.pos += 1
            return apply(v, [self.dollar()])
        return v

    def infix(self):
        v = self.app()
        while True:
            t = self.peek()
            if t is None or t.kind != "op" or t.val not in ("<>", "++"):
                return v
            self.pos += 1
            w = self.app()
            if isinstance(v, str) and isinstance(w, str):
                v = v + w
            elif isinstance(v, list) and isinstance(w, list):
                v = v + w
            else:
                raise EvalError("concatenating unlike values")

    def starts_atom(self, t):
        return t is not None and (t.kind in ("str", "int") or (t.kind == "id" and t.val not in KEYWORDS)
                                  or (t.kind == "punct" and t.val in "(["))

    def app(self):
        f = self.atom()
        args = []
        while self.starts_atom(self.peek()):
            args.append(self.atom())
        return apply(f, args) if args else f

    def atom(self):
        t = self.peek()
        if t is None:
            raise EvalError("expression ends early")
        self.pos += 1
        if t.kind in ("str", "int"):
            return t.val
        if t.kind == "id":
            if t.val in CALLS or t.val[0].isupper() or "." in t.val or t.val in (
                    "unlines", "unwords", "concat", "mconcat", "failsWith", "failsShellcheck",
                    "passesShellcheck", "id"):
                return Fn(t.val)
            return self.spec.resolve(t.val, self.base + self.pos - 1, self.seen)
        if t.kind == "punct" and t.val == "(":
            v = self.dollar()
            self.expect(")")
            return v
        if t.kind == "punct" and t.val == "[":
            items = []
            if self.peek() is not None and self.peek().val == "]":
                self.pos += 1
                return items
            while True:
                items.append(self.dollar())
                t2 = self.peek()
                self.pos += 1
                if t2 is None:
                    raise EvalError("unterminated list")
                if t2.val == "]":
                    return items
                if t2.val != ",":
                    raise EvalError(f"unexpected {t2!r} in a list")
        raise EvalError(f"unexpected {t!r}")

    def expect(self, v):
        t = self.peek()
        if t is None or t.val != v:
            raise EvalError(f"expected {v!r}, got {t!r}")
        self.pos += 1


DIRECTIVE = re.compile(r"#\s*(escape|syntax|check)\s*=", re.I)


def add_from(df):
    lines = df.split("\n")
    if any(re.match(r"\s*from\s", ln, re.I) for ln in lines):
        return df, False
    k = 0
    while k < len(lines) and DIRECTIVE.match(lines[k]):
        k += 1
    return "\n".join(lines[:k] + ["FROM debian:12"] + lines[k:]), True


def wrap_onbuild(df):
    """Prefix every RUN instruction with ONBUILD, as hadolint's assertOnBuildChecks does to the parsed file."""
    escape = "\\"
    m = re.match(r"#\s*escape\s*=\s*(\S)", df, re.I)
    if m:
        escape = m.group(1)
    out, continued, heredoc = [], False, None
    for ln in df.split("\n"):
        if heredoc is not None:
            out.append(ln)
            if (ln.lstrip("\t") if heredoc[1] else ln) == heredoc[0]:
                heredoc = None
            continue
        start = not continued and not re.match(r"\s*#", ln)
        if start and re.match(r"\s*run(\s|$)", ln, re.I):
            ln = re.sub(r"^(\s*)", r"\1ONBUILD ", ln, count=1)
        if start or continued:
            h = re.search(r"<<(-?)[\"']?([A-Za-z_]\w*)[\"']?", ln)
            if h and re.match(r"\s*(onbuild\s+)?(run|copy|add)\s", ln, re.I):
                heredoc = (h.group(2), h.group(1) == "-")
        stripped = ln.rstrip()
        continued = stripped.endswith(escape) and not re.match(r"\s*#", ln)
        out.append(ln)
    return "\n".join(out)


def read_specs(src_dir):
    rel = "test/Hadolint/Rule"
    for f in list_dir(src_dir, rel):
        if f.endswith("Spec.hs"):
            yield f, read_source(src_dir, f"{rel}/{f}")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    src_dir = sys.argv[1]
    out_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)))
    cases, skipped = [], []
    for fname, src in read_specs(src_dir):
        if fname == "ShellcheckSpec.hs":
            n = len(re.findall(r"\bassert(OnBuild)?Checks\b", src))
            skipped.append((fname, "", "", f"whole file ({n} assertions): ShellCheck findings, not a DL rule"))
            continue
        spec = Spec(fname, src)
        toks = spec.toks
        for k, t in enumerate(toks):
            if t.kind != "id" or t.val not in CALLS:
                continue
            if k > 0 and toks[k - 1].kind == "op" and toks[k - 1].val == "::":
                continue
            if t.first and k + 1 < len(toks) and toks[k + 1].val == "::":
                continue  # a type signature
            source = f"{fname}:{t.line}"
            # a statement's continuation lines are indented past the start of its line, or past the
            # statement itself when it opens a do block on the line (`in do ruleCatches ...`)
            base = t.col if k > 0 and toks[k - 1].val == "do" and toks[k - 1].line == t.line \
                else line_base_col(toks, k)
            end = layout_end(toks, k + 1, base, t.line)
            config = spec.config_at(k)
            code_guess = next((x.val for x in toks[k + 1:end] if x.kind == "str" and re.fullmatch(
                r"DL\d{4}", x.val)), "")
            try:
                v = spec.evaluate(k, end)
                if not isinstance(v, Fn) or v.name != t.val or len(v.args) != 2:
                    raise EvalError("not a call with two arguments")
                if t.val.startswith("assert"):
                    df, check = v.args
                    if not isinstance(check, Fn) or check.name != "failsWith" or len(check.args) != 2:
                        raise EvalError("assertChecks without (failsWith N CODE)")
                    count, code = check.args
                    expect = "catch" if count > 0 else "pass"
                    variant = "onbuild" if t.val == "assertOnBuildChecks" else "plain"
                else:
                    code, df = v.args
                    expect = "pass" if t.val.endswith("Not") else "catch"
                    variant = "onbuild" if t.val.startswith("onBuild") else "plain"
                    count = 0 if expect == "pass" else (1 if variant == "onbuild" else "")
                if not isinstance(code, str) or not isinstance(df, str):
                    raise EvalError("rule code or Dockerfile is not a string")
                if not re.fullmatch(r"DL\d{4}", code):
                    raise EvalError(f"the rule code {code!r} is not a DL code (a slip in the spec: it asserts"
                                    " nothing)")
            except EvalError as e:
                skipped.append((source, code_guess, t.val, f"unextracted: {e}"))
                continue
            if config is not None and config != "def":
                skipped.append((source, code, t.val, f"non-default config: {config}"))
                continue
            if variant == "onbuild":
                df = wrap_onbuild(df)
            df, added = add_from(df)
            cases.append((source, code, expect, variant, str(count), "yes" if added else "no", df + "\n"))
    rev = revision(src_dir)
    with open(os.path.join(out_dir, "hadolint-cases.tsv"), "w", encoding="utf-8") as out:
        out.write(f"# Derived by bench/parity/extract-hadolint.py from hadolint {rev}, test/Hadolint/Rule/*Spec.hs"
                  " (GPL-3.0; the fragments are hadolint's test inputs).\n")
        out.write("id\tsource\trule\texpect\tvariant\tcount\tfrom_added\tdockerfile\n")
        for n, (source, code, expect, variant, count, added, df) in enumerate(cases, 1):
            out.write(f"h{n:04d}\t{source}\t{code}\t{expect}\t{variant}\t{count}\t{added}\t{esc(df)}\n")
    with open(os.path.join(out_dir, "hadolint-skipped.tsv"), "w", encoding="utf-8") as out:
        out.write(f"# Cases of hadolint {rev} not in hadolint-cases.tsv, and why.\n")
        out.write("source\trule\tcall\treason\n")
        for row in skipped:
            out.write("\t".join(esc(str(x)) for x in row) + "\n")
    unextracted = sum(1 for r in skipped if r[3].startswith("unextracted"))
    print(f"{len(cases)} cases ({sum(1 for c in cases if c[3] == 'plain')} plain, "
          f"{sum(1 for c in cases if c[3] == 'onbuild')} onbuild); skipped {len(skipped) - unextracted} "
          f"(non-default config or ShellCheck), unextracted {unextracted}", file=sys.stderr)


if __name__ == "__main__":
    main()
