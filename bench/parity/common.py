"""Helpers the parity scripts share: reading a file of a mirrored repository, and the TSV escapes."""
import os
import subprocess


def read_source(src_dir, path):
    """PATH of the checkout SRC_DIR, or of HEAD when SRC_DIR is a git directory (as `fetch` gives)."""
    if os.path.isfile(os.path.join(src_dir, path)):
        with open(os.path.join(src_dir, path), encoding="utf-8") as fh:
            return fh.read()
    return subprocess.run(["git", "-C", src_dir, "show", "HEAD:" + path], check=True, capture_output=True,
                          text=True).stdout


def list_dir(src_dir, path):
    """The names of the files in PATH, of the checkout or of HEAD."""
    if os.path.isdir(os.path.join(src_dir, path)):
        return sorted(os.listdir(os.path.join(src_dir, path)))
    names = subprocess.run(["git", "-C", src_dir, "ls-tree", "--name-only", "HEAD", path.rstrip("/") + "/"],
                           check=True, capture_output=True, text=True).stdout.split()
    return sorted(os.path.basename(n) for n in names)


def revision(src_dir):
    """`COMMIT DATE` of SRC_DIR's HEAD, or `unknown`."""
    try:
        return subprocess.run(["git", "-C", src_dir, "log", "-1", "--format=%H %cs"], check=True,
                              capture_output=True, text=True).stdout.strip()
    except (subprocess.CalledProcessError, FileNotFoundError):
        return "unknown"


def esc(s):
    """One TSV field: backslash, newline, tab and carriage return escaped."""
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def unesc(s):
    """The inverse of esc."""
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            out.append({"n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(s[i + 1], "\\" + s[i + 1]))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)
