#!/usr/bin/env python3
"""Derive buildkit-cases.tsv (into OUT_DIR, target/parity for bench/parity.sh) from BuildKit's frontend/dockerfile/dockerfile_check_test.go.

Usage: extract-buildkit.py BUILDKIT_GIT_DIR_OR_CHECKOUT [OUT_DIR]     (OUT_DIR default: bench/parity)

Reads the test file with `git show HEAD:...` when given a git directory (e.g. the mirror `fetch
github:moby/buildkit` gives), else from the checkout. A small tokenizer and evaluator for the Go the tests
are written in: raw and interpreted strings, `[]byte(...)`, `fmt.Sprintf`/`fmt.Appendf` (%s %d %q %v),
`integration.UnixOrWindows(unix, windows)` (the Unix side; calls inside the Windows side are not taken),
`+`, composite literals, local variables assigned in order, and local closures returning a literal
(`makeLintWarning := func(...) expectedLintWarning { return ... }`).

For every `checkLinterWarnings(t, sb, &lintTestParams{...})` one case: the Dockerfile and the warnings the
lint subrequest must give (UnmarshalWarnings when the test sets them, else Warnings: what `docker build
--check` reports for the whole file; Warnings alone is the build's progress stream, for the default target
only). The case's checks are every rule name the test function expects anywhere, plus those named in the
Dockerfile's `# check=skip=`/`experimental=` directives: the harness compares the (check, line) pairs of
those checks only.

decidable is `yes`, or `no: REASON` for what a static linter is not given: build args and frontend
options (FrontendAttrs), BUILDKIT_* build args, a .dockerignore (the build context). An exception: build
args do not change InvalidDefaultArgInFrom, which BuildKit evaluates "as if no build options were given
and using only defaults" (dockerfile2llb/validations.go, validateBaseImagesWithDefaultArgs).
Calls the evaluator cannot reduce (a Dockerfile naming a registry started at test time) are written to
buildkit-skipped.tsv.

lines is `checked` when the expectation is Warnings, whose lines the test compares (checkVertexWarning,
through LintFormatShort), and `unchecked` when it is UnmarshalWarnings: checkLintWarning compares rule,
description, URL and detail but not the line, and some of those lines are wrong (testLegacyKeyValueFormat);
the harness then compares the checks' names only.

Output columns (tab-separated, `\\n`, `\\t`, `\\\\` escaped): id, source (file:line of the call), test,
checks, expected (`Rule:line` sorted, comma-separated; empty: none), lines, decidable, dockerignore, note,
dockerfile.
"""
import os
import re
import sys

from common import esc, read_source, revision

PATH = "frontend/dockerfile/dockerfile_check_test.go"
BASENAME = os.path.basename(PATH)


class Tok:
    __slots__ = ("kind", "val", "line", "first")

    def __init__(self, kind, val, line):
        self.kind, self.val, self.line, self.first = kind, val, line, False

    def __repr__(self):
        return f"{self.kind}:{self.val!r}@{self.line}"


class Unknown:
    def __init__(self, why):
        self.why = why

    def __repr__(self):
        return f"<unknown: {self.why}>"


class Regexp:
    def __init__(self, pattern):
        self.pattern = pattern


class Closure:
    def __init__(self, params, body):
        self.params, self.body = params, body


class FuncRef:
    def __init__(self, name):
        self.name = name


GO_ESC = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v", "\\": "\\",
          '"': '"', "'": "'"}


def tokenize(src):
    toks = []
    i, line, n = 0, 1, len(src)
    while i < n:
        c = src[i]
        if c == "\n":
            line += 1
            i += 1
        elif c.isspace():
            i += 1
        elif src.startswith("//", i):
            while i < n and src[i] != "\n":
                i += 1
        elif src.startswith("/*", i):
            j = src.index("*/", i + 2)
            line += src.count("\n", i, j)
            i = j + 2
        elif c == "`":
            j = src.index("`", i + 1)
            toks.append(Tok("str", src[i + 1:j].replace("\r", ""), line))
            line += src.count("\n", i, j)
            i = j + 1
        elif c == '"' or c == "'":
            j, out = i + 1, []
            while src[j] != c:
                if src[j] == "\\":
                    d = src[j + 1]
                    if d in GO_ESC:
                        out.append(GO_ESC[d])
                        j += 2
                    elif d == "x":
                        out.append(chr(int(src[j + 2:j + 4], 16)))
                        j += 4
                    elif d == "u":
                        out.append(chr(int(src[j + 2:j + 6], 16)))
                        j += 6
                    elif d.isdigit():
                        out.append(chr(int(src[j + 1:j + 4], 8)))
                        j += 4
                    else:
                        raise ValueError(f"escape \\{d} on line {line}")
                else:
                    out.append(src[j])
                    j += 1
            toks.append(Tok("str" if c == '"' else "rune", "".join(out), line))
            i = j + 1
        elif c.isalpha() or c == "_":
            m = re.match(r"[A-Za-z_]\w*", src[i:])
            toks.append(Tok("id", m.group(), line))
            i += len(m.group())
        elif c.isdigit():
            m = re.match(r"0[xX][0-9a-fA-F]+|0o[0-7]+|\d+", src[i:])
            toks.append(Tok("int", int(m.group(), 0) if not re.fullmatch(r"0\d+", m.group()) else int(m.group(), 8),
                            line))
            i += len(m.group())
        else:
            for op in (":=", "...", "==", "!=", "<=", ">=", "&&", "||", "++", "--", "+=", "<-"):
                if src.startswith(op, i):
                    toks.append(Tok("op", op, line))
                    i += len(op)
                    break
            else:
                toks.append(Tok("op", c, line))
                i += 1
    last = 0
    for t in toks:
        if t.line != last:
            t.first, last = True, t.line
    return toks


def go_format(fmt, args):
    out, k, i = [], 0, 0
    while i < len(fmt):
        c = fmt[i]
        if c != "%":
            out.append(c)
            i += 1
            continue
        verb = fmt[i + 1]
        i += 2
        if verb == "%":
            out.append("%")
            continue
        if k >= len(args):
            return Unknown("too few format arguments")
        a = args[k]
        k += 1
        if isinstance(a, Unknown):
            return a
        if verb in "sv":
            out.append(str(a))
        elif verb == "d":
            out.append(str(int(a)))
        elif verb == "q":
            out.append('"' + str(a).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"')
        else:
            return Unknown(f"format verb %{verb}")
    return "".join(out)


class Parser:
    def __init__(self, toks, pos, env):
        self.toks, self.pos, self.env = toks, pos, env

    def peek(self, k=0):
        j = self.pos + k
        return self.toks[j] if j < len(self.toks) else None

    def take(self, val=None):
        t = self.peek()
        if t is None or (val is not None and t.val != val):
            raise ValueError(f"expected {val!r}, got {t!r}")
        self.pos += 1
        return t

    def skip_balanced(self):
        """Skip from an opening bracket to just past its match; return the inner tokens."""
        opening = self.take().val
        closing = {"(": ")", "[": "]", "{": "}"}[opening]
        depth, start = 1, self.pos
        while depth:
            t = self.take()
            if t.kind == "op" and t.val == opening:
                depth += 1
            elif t.kind == "op" and t.val == closing:
                depth -= 1
        return self.toks[start:self.pos - 1]

    def expr(self):
        v = self.unary()
        while self.peek() is not None and self.peek().kind == "op" and self.peek().val == "+":
            self.take()
            w = self.unary()
            if isinstance(v, Unknown) or isinstance(w, Unknown):
                v = v if isinstance(v, Unknown) else w
            elif isinstance(v, str) and isinstance(w, str):
                v = v + w
            elif isinstance(v, int) and isinstance(w, int):
                v = v + w
            else:
                v = Unknown("+ of unlike values")
        return v

    def unary(self):
        t = self.peek()
        if t is not None and t.kind == "op" and t.val in ("&", "*"):
            self.take()
            return self.unary()
        return self.primary()

    def type_name(self):
        """Read a type (`[]T`, `map[K]V`, `pkg.T`, `*T`); return it as text."""
        t = self.peek()
        if t.val == "*":
            self.take()
            return "*" + self.type_name()
        if t.val == "[":
            self.take()
            self.take("]")
            return "[]" + self.type_name()
        if t.val == "map":
            self.take()
            self.take("[")
            k = self.type_name()
            self.take("]")
            return f"map[{k}]" + self.type_name()
        if t.val == "func":
            self.take()
            self.skip_balanced()
            return "func"
        name = self.take().val
        while self.peek() is not None and self.peek().val == "." and self.peek(1).kind == "id":
            self.take()
            name += "." + self.take().val
        return name

    def composite(self, typ):
        self.take("{")
        fields, items = {}, []
        while self.peek().val != "}":
            if self.peek().val == "{":
                v = self.composite(None)
            else:
                v = self.expr()
            if self.peek().val == ":":
                key = v
                if isinstance(v, Unknown) and self.peek(-1).kind == "id":
                    key = self.peek(-1).val  # a struct field name
                self.take()
                fields[key] = self.composite(None) if self.peek().val == "{" else self.expr()
            else:
                items.append(v)
            if self.peek().val == ",":
                self.take()
        self.take("}")
        if typ is not None and typ.startswith("[]"):
            return items
        return fields if fields or not items else items

    def primary(self):
        t = self.peek()
        if t.kind in ("str", "int", "rune"):
            self.take()
            v = t.val
        elif t.val == "(":
            self.take()
            v = self.expr()
            self.take(")")
        elif t.val in ("[", "map"):
            typ = self.type_name()
            if self.peek().val == "{":
                return self.composite(typ)
            v = FuncRef(typ)  # a conversion such as []byte(...)
        elif t.val == "func":
            self.take()
            params = [x.val for x in self.skip_balanced() if x.kind == "id"][0::2]
            while self.peek().val != "{":
                self.take()
            body = self.skip_balanced()
            return Closure(params, body)
        elif t.kind == "id":
            self.take()
            if t.val in ("nil",):
                v = None
            elif t.val in ("true", "false"):
                v = t.val == "true"
            elif t.val in self.env:
                v = self.env[t.val]
            elif self.peek() is not None and self.peek().val == "{" and t.val[0].isupper() or t.val in (
                    "lintTestParams", "expectedLintWarning"):
                if self.peek().val == "{":
                    return self.composite(t.val)
                v = FuncRef(t.val)
            else:
                name = t.val
                while self.peek() is not None and self.peek().val == "." and self.peek(1).kind == "id":
                    self.take()
                    name += "." + self.take().val
                if self.peek() is not None and self.peek().val == "{" and name.split(".")[-1][:1].isupper():
                    return self.composite(name)
                v = FuncRef(name) if self.peek() is not None and self.peek().val == "(" else Unknown(name)
        else:
            raise ValueError(f"unexpected {t!r}")
        while self.peek() is not None:
            t = self.peek()
            if t.val == "(":
                self.take()
                args = []
                while self.peek().val != ")":
                    args.append(self.expr())
                    if self.peek().val == "...":
                        self.take()
                    if self.peek().val == ",":
                        self.take()
                self.take(")")
                v = self.call(v, args)
            elif t.val == "." and self.peek(1) is not None and self.peek(1).kind == "id":
                self.take()
                self.take()
                v = Unknown("a field of a value")
            elif t.val == "[":
                self.skip_balanced()
                v = Unknown("an index expression")
            else:
                break
        return v

    def call(self, f, args):
        if isinstance(f, Closure):
            env = dict(self.env)
            env.update(zip(f.params, args))
            body = f.body
            if body and body[0].val == "return":
                return Parser(body, 1, env).expr()
            return Unknown("a closure that is not `return EXPR`")
        if not isinstance(f, FuncRef):
            return Unknown(f"calling {f!r}")
        name = f.name
        if any(isinstance(a, Unknown) for a in args) and name != "integration.UnixOrWindows":
            return next(a for a in args if isinstance(a, Unknown))
        if name in ("[]byte", "string"):
            return args[0]
        if name == "fmt.Sprintf":
            return go_format(args[0], args[1:])
        if name == "fmt.Appendf":
            return go_format(args[1], args[2:])
        if name == "integration.UnixOrWindows":
            return args[0]
        if name == "regexp.MustCompile":
            return Regexp(args[0])
        return Unknown(f"call of {name}")


def windows_ranges(toks):
    """Token index ranges of the second (Windows) argument of every integration.UnixOrWindows call."""
    ranges = []
    for k in range(len(toks) - 3):
        if toks[k].val == "integration" and toks[k + 1].val == "." and toks[k + 2].val == "UnixOrWindows" \
                and toks[k + 3].val == "(":
            depth, j, comma = 0, k + 3, None
            while True:
                v = toks[j].val if toks[j].kind == "op" else None
                if v in ("(", "[", "{"):
                    depth += 1
                elif v in (")", "]", "}"):
                    depth -= 1
                    if depth == 0:
                        break
                elif v == "," and depth == 1 and comma is None:
                    comma = j
                j += 1
            if comma is not None:
                ranges.append((comma, j))
    return ranges


def matching(toks, j):
    """The index of the bracket that closes the one at toks[j]."""
    opening = toks[j].val
    closing = {"(": ")", "[": "]", "{": "}"}[opening]
    depth = 0
    while True:
        if toks[j].val == opening:
            depth += 1
        elif toks[j].val == closing:
            depth -= 1
            if depth == 0:
                return j
        j += 1


def functions(toks):
    """(name, body start, body end) of every top-level func."""
    k = 0
    while k < len(toks):
        if toks[k].val == "func" and toks[k].first and toks[k + 1].kind == "id":
            name = toks[k + 1].val
            j = k + 2
            while toks[j].val != "{":
                if toks[j].val == "(":
                    j = matching(toks, j)
                j += 1
            start, j = j, matching(toks, j)
            yield name, start + 1, j
            k = j
        k += 1


DIRECTIVE = re.compile(r"^#\s*check\s*=\s*(.*)$", re.I | re.M)


def directive_rules(df):
    rules = set()
    for m in DIRECTIVE.finditer(df):
        for part in m.group(1).split(";"):
            key, _, val = part.partition("=")
            if key.strip().lower() in ("skip", "experimental"):
                rules.update(x.strip() for x in val.split("//")[0].split(",")
                             if x.strip() and x.strip().lower() != "all")
    return rules


def warnings_of(v):
    out = []
    for w in v or []:
        if not isinstance(w, dict) or not isinstance(w.get("RuleName"), str) or not isinstance(w.get("Line"), int):
            raise ValueError(f"a warning without RuleName and Line: {w!r}")
        out.append((w["RuleName"], w["Line"]))
    return sorted(out, key=lambda x: (x[1], x[0]))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    src_dir = sys.argv[1]
    out_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(os.path.abspath(__file__))
    toks = tokenize(read_source(src_dir, PATH))
    win = windows_ranges(toks)
    raw, skipped = [], []
    for name, start, end in functions(toks):
        env = {}
        k = start
        while k < end:
            t = toks[k]
            in_windows = any(a < k < b for a, b in win)
            if t.first and t.kind == "id" and k + 1 < end and toks[k + 1].val in (":=", "=") and not in_windows:
                p = Parser(toks, k + 2, env)
                try:
                    env[t.val] = p.expr()
                    k = p.pos
                    continue
                except (ValueError, IndexError) as e:
                    env[t.val] = Unknown(str(e))
            if t.val == "checkLinterWarnings" and toks[k + 1].val == "(" and not in_windows:
                source = f"{BASENAME}:{t.line}"
                p = Parser(toks, k + 1, env)
                try:
                    p.take("(")
                    args = []
                    while p.peek().val != ")":
                        args.append(p.expr())
                        if p.peek().val == ",":
                            p.take()
                    params = args[2]
                    if not isinstance(params, dict):
                        raise ValueError("the third argument is not a lintTestParams literal")
                    df = params.get("Dockerfile")
                    if isinstance(df, Unknown):
                        raise ValueError(f"the Dockerfile depends on {df.why}")
                    if not isinstance(df, str):
                        raise ValueError("no Dockerfile")
                    for key in ("Warnings", "UnmarshalWarnings", "FrontendAttrs", "DockerIgnore"):
                        if isinstance(params.get(key), Unknown):
                            raise ValueError(f"{key} depends on {params[key].why}")
                    raw.append((source, name, df, params))
                except (ValueError, IndexError, KeyError) as e:
                    skipped.append((source, name, f"unextracted: {e}"))
            k += 1
    # the checks each test function is about
    scope = {}
    for source, name, df, params in raw:
        s = scope.setdefault(name, set())
        for key in ("Warnings", "UnmarshalWarnings"):
            s.update(r for r, _ in warnings_of(params.get(key)))
        s.update(directive_rules(df))
    rows = []
    for source, name, df, params in raw:
        progress = warnings_of(params.get("Warnings"))
        unmarshal = params.get("UnmarshalWarnings")
        expected = warnings_of(unmarshal) if unmarshal is not None else progress
        checks = sorted(scope[name] | directive_rules(df))
        reasons = []
        attrs = params.get("FrontendAttrs") or {}
        for key in sorted(attrs):
            value = attrs[key]
            if key.startswith("build-arg:BUILDKIT_"):
                reasons.append(f"{key[len('build-arg:'):]}={value} build arg")
            elif key.startswith("build-arg:"):
                if set(checks) <= {"InvalidDefaultArgInFrom"}:
                    continue
                reasons.append(f"build arg {key[len('build-arg:'):]}={value}")
            else:
                reasons.append(f"frontend option {key}={value}")
        ignore = params.get("DockerIgnore")
        if ignore is not None:
            reasons.append("needs the build context (.dockerignore, the files)")
        notes = []
        if unmarshal is not None and progress != expected:
            notes.append("progress stream (default target only): "
                         + (",".join(f"{r}:{ln}" for r, ln in progress) or "none"))
        if any(k.startswith("build-arg:") and not k.startswith("build-arg:BUILDKIT_") for k in attrs) and not reasons:
            notes.append("build args " + ",".join(f"{k[10:]}={v}" for k, v in sorted(attrs.items()))
                         + " passed; InvalidDefaultArgInFrom reads defaults only")
        if params.get("BuildErr") or params.get("StreamBuildErrRegexp") or params.get("UnmarshalBuildErrRegexp"):
            err = params.get("BuildErr") or "an error matching a regexp"
            notes.append(f"the build fails: {err}")
        lines = "checked" if unmarshal is None else "unchecked"
        rows.append((source, name, ",".join(checks), ",".join(f"{r}:{ln}" for r, ln in expected), lines,
                     "yes" if not reasons else "no: " + "; ".join(reasons), ignore or "", "; ".join(notes), df))
    rev = revision(src_dir)
    with open(os.path.join(out_dir, "buildkit-cases.tsv"), "w", encoding="utf-8") as out:
        out.write(f"# Derived by bench/parity/extract-buildkit.py from moby/buildkit {rev}, {PATH}"
                  " (Apache-2.0; the Dockerfiles are BuildKit's test inputs).\n")
        out.write("id\tsource\ttest\tchecks\texpected\tlines\tdecidable\tdockerignore\tnote\tdockerfile\n")
        for n, row in enumerate(rows, 1):
            out.write(f"b{n:03d}\t" + "\t".join(esc(x) for x in row) + "\n")
    with open(os.path.join(out_dir, "buildkit-skipped.tsv"), "w", encoding="utf-8") as out:
        out.write(f"# checkLinterWarnings calls of moby/buildkit {rev} not in buildkit-cases.tsv, and why.\n")
        out.write("source\ttest\treason\n")
        for row in skipped:
            out.write("\t".join(esc(x) for x in row) + "\n")
    decidable = sum(1 for r in rows if r[5] == "yes")
    print(f"{len(rows)} cases ({decidable} decidable, {len(rows) - decidable} not); unextracted {len(skipped)}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
