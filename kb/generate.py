#!/usr/bin/env python3
"""Generate dockwright's systemd knowledge base (see kb/README.md).

Run by hand from the repository root:  python3 kb/generate.py [release ...]
Downloads are cached under kb/.cache/; the output goes to
src/main/resources/dev/dockwright/systemd/kb/.  Python 3.11 standard library only,
plus the host's apt-get/apt-cache/dpkg-deb (Debian) and git (upstream tags).
"""
from __future__ import annotations

import argparse
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "kb" / ".cache"
OUT = ROOT / "src" / "main" / "resources" / "dev" / "dockwright" / "systemd" / "kb"

DEBIAN_MIRROR = "http://deb.debian.org/debian"
# release id -> Debian suite whose binary packages are read directly
DEBIAN_SUITES = {
    "debian-11": "bullseye",
    "debian-12": "bookworm",
    "debian-13": "trixie",
    "debian-14": "forky",
    "debian-sid": "sid",
}

# Packages whose units/links/control fields are recorded (when they exist in the suite);
# their Depends/Pre-Depends/Recommends closure is added, and so is the base set.
CORE_PACKAGES = [
    "systemd", "systemd-sysv", "init", "udev", "dbus", "dbus-broker", "dbus-system-bus-common",
    "dbus-daemon", "dbus-bin", "dbus-session-bus-common", "default-dbus-system-bus",
    "systemd-timesyncd", "systemd-resolved", "libpam-systemd", "systemd-container",
    "libnss-systemd", "systemd-oomd", "systemd-homed", "systemd-userdbd", "systemd-coredump",
    "systemd-journal-remote", "systemd-cryptsetup", "systemd-repart", "systemd-boot",
    "libsystemd-shared", "libsystemd0", "systemd-standalone-sysusers",
    "systemd-standalone-tmpfiles", "systemd-dev", "polkitd", "policykit-1",
]

UNIT_SUFFIXES = (".service", ".socket", ".target", ".timer", ".path", ".mount",
                 ".automount", ".swap", ".slice", ".scope", ".device")
UNIT_DIRS = ("lib/systemd/system", "usr/lib/systemd/system", "etc/systemd/system")

LIST_KEYS = {"Wants", "Requires", "Requisite", "BindsTo", "Conflicts", "WantedBy",
             "RequiredBy", "Also", "Alias", "DefaultInstance", "Sockets", "Service", "Unit",
             "AmbientCapabilities", "CapabilityBoundingSet", "Type", "DefaultDependencies",
             "ExecStart"}
# directive -> the section(s) it is read from
SECTION_OF = {"Wants": "Unit", "Requires": "Unit", "Requisite": "Unit", "BindsTo": "Unit",
              "Conflicts": "Unit", "DefaultDependencies": "Unit",
              "WantedBy": "Install", "RequiredBy": "Install", "Also": "Install",
              "Alias": "Install", "DefaultInstance": "Install",
              "Sockets": "Service", "Type": "Service", "ExecStart": "Service",
              "Service": "Socket", "Unit": ("Timer", "Path"),
              "AmbientCapabilities": ("Service", "Socket", "Mount", "Swap"),
              "CapabilityBoundingSet": ("Service", "Socket", "Mount", "Swap")}
CONTROL_FIELDS = ["Version", "Depends", "Pre-Depends", "Recommends", "Provides"]


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def clean(v: str) -> str:
    return re.sub(r"[\t\r\n]+", " ", v).strip()


# ---------------------------------------------------------------- unit parsing

def parse_unit(text: str):
    """Yield (section, key, value) in file order; continuation lines joined."""
    section = None
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        i += 1
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            continue
        while line.endswith("\\") and i < len(lines):
            nxt = lines[i].strip()
            i += 1
            if nxt.startswith(("#", ";")):
                continue
            line = line[:-1].rstrip() + " " + nxt
        if "=" not in line:
            continue
        k, v = line.split("=", 1)
        yield section, k.strip(), v.strip()


def wanted(section, key):
    if key.startswith(("Condition", "Assert")):
        return section == "Unit"
    if key not in LIST_KEYS:
        return False
    s = SECTION_OF[key]
    return section in (s if isinstance(s, tuple) else (s,))


def unit_rows(name, text, source):
    rows = []
    for section, key, value in parse_unit(text):
        if not wanted(section, key):
            continue
        if key == "ExecStart":
            if not value:
                rows.append(("unit", name, key, "", source))
                continue
            first = value.split()[0].lstrip("-@+!:")
            value = first
        rows.append(("unit", name, key, clean(value), source))
    return rows


def install_of(unit_texts, unit):
    """[Install] lists of a unit from its collected texts (main file, then drop-ins)."""
    res = {"WantedBy": [], "RequiredBy": [], "Also": [], "Alias": [], "DefaultInstance": []}
    for text in unit_texts.get(unit, []):
        for section, key, value in parse_unit(text):
            if section == "Install" and key in res:
                if value == "":
                    res[key] = []
                else:
                    res[key].extend(value.split())
    return res


def template_of(unit):
    m = re.match(r"^(.+@)([^.]*)(\.[a-z]+)$", unit)
    if m:
        return m.group(1) + m.group(3), m.group(2)
    return None, None


def enable_links(unit_texts, unit, etc_dir, seen=None):
    """Links `systemctl enable UNIT` creates: [(linkpath, target)]."""
    seen = seen if seen is not None else set()
    if unit in seen:
        return []
    seen.add(unit)
    tmpl, inst = template_of(unit)
    key = unit if unit in unit_texts else tmpl
    if key not in unit_texts:
        return []
    ins = install_of(unit_texts, key)
    if tmpl is not None and inst == "" and ins["DefaultInstance"]:
        unit = tmpl.replace("@.", "@" + ins["DefaultInstance"][-1] + ".")
    elif tmpl is not None and inst == "":
        unit = None
    out = []
    if unit:
        for t in ins["WantedBy"]:
            out.append((f"{etc_dir}/{t}.wants/{unit}", unit))
        for t in ins["RequiredBy"]:
            out.append((f"{etc_dir}/{t}.requires/{unit}", unit))
    for a in ins["Also"]:
        out += enable_links(unit_texts, a, etc_dir, seen)
    return out


# ---------------------------------------------------------------- Debian

class Apt:
    def __init__(self, suite, src=False):
        self.suite = suite
        self.dir = CACHE / "debian" / suite
        for d in ("lists/partial", "cache/archives/partial", "debs"):
            (self.dir / d).mkdir(parents=True, exist_ok=True)
        sl = f"deb {DEBIAN_MIRROR} {suite} main\n"
        if src:
            sl += f"deb-src {DEBIAN_MIRROR} {suite} main\n"
        (self.dir / "sources.list").write_text(sl)
        self.opts = ["-o", f"Dir::Etc::sourcelist={self.dir}/sources.list",
                     "-o", "Dir::Etc::sourceparts=-",
                     "-o", f"Dir::State::Lists={self.dir}/lists",
                     "-o", f"Dir::Cache={self.dir}/cache",
                     "-o", "Dir::State::status=/dev/null",
                     "-o", "APT::Architecture=amd64",
                     "-o", "APT::Sandbox::User=root", "-q"]

    def update(self, refresh=False):
        stamp = self.dir / "updated"
        if stamp.exists() and not refresh:
            return
        subprocess.run(["apt-get", *self.opts, "update"], check=True,
                       stdout=subprocess.DEVNULL)
        stamp.write_text("ok\n")

    def available(self):
        """package -> control stanza (dict) of the candidate version."""
        out = subprocess.run(["apt-cache", *self.opts, "dumpavail"], check=True,
                             capture_output=True, text=True).stdout
        pkgs = {}
        for stanza in out.split("\n\n"):
            d = {}
            last = None
            for line in stanza.splitlines():
                if line.startswith((" ", "\t")) and last:
                    d[last] += "\n" + line
                elif ":" in line:
                    k, v = line.split(":", 1)
                    d[k] = v.strip()
                    last = k
            if "Package" in d:
                p = d["Package"]
                if p not in pkgs or vercmp(d["Version"], pkgs[p]["Version"]) > 0:
                    pkgs[p] = d
        return pkgs

    def download(self, pkg, version):
        fn = f"{pkg}_{version.replace(':', '%3a')}_"
        for f in self.dir.joinpath("debs").iterdir():
            if f.name.startswith(fn) and f.name.endswith(".deb"):
                return f
        subprocess.run(["apt-get", *self.opts, "download", f"{pkg}={version}"], check=True,
                       cwd=self.dir / "debs", stdout=subprocess.DEVNULL)
        for f in self.dir.joinpath("debs").iterdir():
            if f.name.startswith(fn) and f.name.endswith(".deb"):
                return f
        raise RuntimeError(f"download of {pkg} {version} left no file")

    def source_tarball(self, pkg="systemd"):
        d = self.dir / "src"
        d.mkdir(exist_ok=True)
        have = [f for f in d.iterdir() if ".orig.tar" in f.name]
        if not have:
            subprocess.run(["apt-get", *self.opts, "source", "--download-only", pkg],
                           check=True, cwd=d, stdout=subprocess.DEVNULL)
            have = [f for f in d.iterdir() if ".orig.tar" in f.name]
        return sorted(have)[0]


def vercmp(a, b):
    r = subprocess.run(["dpkg", "--compare-versions", a, "gt", b]).returncode
    if r == 0:
        return 1
    r = subprocess.run(["dpkg", "--compare-versions", a, "eq", b]).returncode
    return 0 if r == 0 else -1


def dep_names(field):
    """First alternative of each dependency, names only."""
    out = []
    for part in field.split(","):
        part = part.strip()
        if not part:
            continue
        alts = [re.sub(r"[\s(\[<].*$", "", a.strip()).split(":")[0] for a in part.split("|")]
        out.append(alts)
    return out


def closure(pkgs, start, recommends=True):
    provides = {}
    for p, d in pkgs.items():
        for alts in dep_names(d.get("Provides", "")):
            provides.setdefault(alts[0], []).append(p)
    todo = [p for p in start if p in pkgs]
    seen = set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        d = pkgs[p]
        for f in ("Depends", "Pre-Depends") + (("Recommends",) if recommends else ()):
            for alts in dep_names(d.get(f, "")):
                for a in alts:
                    if a in pkgs:
                        todo.append(a)
                        break
                    if a in provides:
                        todo.append(sorted(provides[a])[0])
                        break
    return seen


def extract(deb: Path, dest: Path):
    if not (dest / ".done").exists():
        if dest.exists():
            shutil.rmtree(dest)
        (dest / "root").mkdir(parents=True)
        subprocess.run(["dpkg-deb", "-x", str(deb), str(dest / "root")], check=True)
        subprocess.run(["dpkg-deb", "-e", str(deb), str(dest / "control")], check=True)
        (dest / ".done").write_text("ok\n")
    return dest / "root", dest / "control"


def scan_tree(root: Path):
    """Unit files, drop-ins and symlinks found in a package's unit directories.
    Returns list of (relpath, kind, data) with kind in file|dropin|symlink."""
    found = []
    for ud in UNIT_DIRS:
        base = root / ud
        if not base.is_dir() or base.is_symlink():
            continue
        for dirpath, dirnames, filenames in os.walk(base):
            dirnames.sort()
            for fn in sorted(filenames + [d for d in dirnames if (Path(dirpath) / d).is_symlink()]):
                p = Path(dirpath) / fn
                rel = "/" + str(p.relative_to(root))
                if p.is_symlink():
                    found.append((rel, "symlink", os.readlink(p)))
                elif p.is_file():
                    found.append((rel, "file", p.read_text(errors="replace")))
    return found


def postinst_enables(text):
    """Units a fresh install enables: `systemctl ... enable U` and
    `deb-systemd-helper enable U` outside blocks that only run on upgrades."""
    units = []
    stack = []
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("#"):
            continue
        if re.match(r"^(if|elif)\b", line):
            if line.startswith("elif"):
                stack and stack.pop()
            upgrade_only = bool(re.search(r'-n\s+"?\$2"?|lt-nl|\bgt\b|\bge\b|\bgt-nl\b', line))
            stack.append(upgrade_only)
            if re.search(r"\bfi\s*$", line):
                stack.pop()
            continue
        if re.match(r"^else\b", line) and stack:
            stack[-1] = False if stack[-1] else stack[-1]
            continue
        if re.match(r"^fi\b", line):
            stack and stack.pop()
            continue
        if any(stack):
            continue
        m = re.search(r"\b(?:systemctl|deb-systemd-helper)\b(.*?)\benable\b\s+(.*)$", line)
        if not m or "was-enabled" in line or "is-enabled" in line:
            continue
        args = re.split(r"\s*(?:\|\||>|;|&&)", m.group(2))[0]
        for a in args.split():
            a = a.strip("'\"")
            if a.startswith("-") or "$" in a:
                continue
            units.append(a)
    return units


def debian_release(rid, suite):
    log(f"[{rid}] apt {suite}")
    apt = Apt(suite)
    apt.update()
    pkgs = apt.available()
    base = sorted(p for p, d in pkgs.items()
                  if d.get("Priority") == "required" or p == "apt")
    base = sorted(closure(pkgs, base, recommends=False))
    want = sorted(closure(pkgs, [p for p in CORE_PACKAGES if p in pkgs]) | set(base))
    rows = []
    tag = f"deb:{suite}"
    for b in base:
        rows.append(("base", rid, "package", b,
                     f"{tag} Priority: required + apt and their Depends/Pre-Depends, as debootstrap --variant=minbase installs them"))
    unit_texts = {}
    unit_pkg = {}
    for p in want:
        d = pkgs[p]
        deb = apt.download(p, d["Version"])
        root, ctl = extract(deb, CACHE / "debian" / suite / "x" / f"{p}_{d['Version']}")
        psrc = f"{tag} {p}_{d['Version']}"
        items = scan_tree(root)
        pinst = (ctl / "postinst").read_text(errors="replace") if (ctl / "postinst").exists() else ""
        enables = postinst_enables(pinst)
        if not items and not enables and p not in CORE_PACKAGES:
            continue
        for f in CONTROL_FIELDS:
            if f in d:
                rows.append(("package", p, f.lower(), clean(d[f]), psrc + " control"))
        for rel, kind, data in items:
            parent = os.path.dirname(rel)
            fn = os.path.basename(rel)
            src = f"{psrc} {rel}"
            if parent.endswith((".wants", ".requires")) or fn == "default.target" and kind == "symlink":
                if kind == "symlink":
                    rows.append(("link", rel, "target", os.path.basename(data), src))
                    rows.append(("link", rel, "package", p, src))
                    rows.append(("link", rel, "created-by", "package-file", src))
                if fn != "default.target":
                    continue
            if parent.endswith(".d") and fn.endswith(".conf") and kind == "file":
                unit = os.path.basename(parent)[:-2]
                unit_texts.setdefault(unit, []).append(data)
                unit_pkg.setdefault(("dropin", unit), []).append((p, rel, data, src))
                continue
            if not fn.endswith(UNIT_SUFFIXES):
                continue
            rows.append(("unit", fn, "package", p, src))
            rows.append(("unit", fn, "path", rel, src))
            if kind == "symlink":
                if data == "/dev/null":
                    rows.append(("unit", fn, "masked", "yes", src))
                else:
                    rows.append(("unit", fn, "alias-of", os.path.basename(data), src))
                continue
            unit_texts.setdefault(fn, []).insert(0, data)
            unit_pkg[fn] = p
            rows += unit_rows(fn, data, src)
        if enables:
            unit_pkg.setdefault(("enable",), []).append((p, enables, psrc + " postinst"))
    for key, lst in sorted(((k, v) for k, v in unit_pkg.items() if isinstance(k, tuple) and k[0] == "dropin"),
                           key=lambda kv: kv[0][1]):
        for p, rel, data, src in sorted(lst, key=lambda t: os.path.basename(t[1])):
            rows += unit_rows(key[1], data, src)
    etc = "/etc/systemd/system"
    for p, enables, src in unit_pkg.get(("enable",), []):
        for u in enables:
            for link, target in enable_links(unit_texts, u, etc):
                s = f"{src} (enable {u})"
                rows.append(("link", link, "target", target, s))
                rows.append(("link", link, "package", p, s))
                rows.append(("link", link, "created-by", "postinst", s))
    sv = pkgs["systemd"]["Version"]
    rel_row = (rid, "debian", re.match(r"\d+", sv).group(0), sv,
               f"{tag} Packages (main, amd64) from {DEBIAN_MIRROR}")
    return rel_row, rows


# ---------------------------------------------------------------- output

def order_key(row):
    kind, name, key, value, source = row
    return (kind, name, key)


def write_release(rid, rows, header_comments):
    OUT.mkdir(parents=True, exist_ok=True)
    seen = set()
    uniq = []
    for r in rows:
        r = tuple(clean(x) for x in r)
        if r in seen:
            continue
        seen.add(r)
        uniq.append(r)
    # stable sort by kind, name, key; within a key rows keep application order
    # (unit file first, then drop-ins by file name), which matters for empty resets.
    uniq.sort(key=order_key)
    with open(OUT / f"{rid}.tsv", "w", encoding="utf-8", newline="\n") as f:
        for c in header_comments:
            f.write(f"# {c}\n")
        f.write("kind\tname\tkey\tvalue\tsource\n")
        for r in uniq:
            f.write("\t".join(r) + "\n")
    return len(uniq)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("releases", nargs="*")
    args = ap.parse_args()
    done = {}
    rel_file = OUT / "releases.tsv"
    if rel_file.exists():
        for line in rel_file.read_text().splitlines()[1:]:
            parts = line.split("\t")
            done[parts[0]] = tuple(parts)
    targets = args.releases or list(DEBIAN_SUITES)
    for rid in targets:
        if rid in DEBIAN_SUITES:
            rel_row, rows = debian_release(rid, DEBIAN_SUITES[rid])
        else:
            sys.exit(f"kb/generate.py: unknown release '{rid}'; it knows {', '.join(DEBIAN_SUITES)}")
        n = write_release(rid, rows, [f"{rid}: generated by kb/generate.py; see kb/README.md"])
        log(f"[{rid}] {n} rows")
        done[rid] = rel_row
        with open(rel_file, "w", encoding="utf-8", newline="\n") as f:
            f.write("release\tfamily\tsystemd\tpackage-version\tsource\n")
            for r in sorted(done):
                f.write("\t".join(done[r]) + "\n")


if __name__ == "__main__":
    main()
