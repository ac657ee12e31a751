#!/usr/bin/env python3
"""Regenerate the expected output of the differential conformance cases.

Usage: python3 tests/regen.py [PATH ...]

Each PATH is a case file (tests/cases/<area>/<name>.py) or a folder; every
case below a folder is regenerated.  Without PATH, every case is.

CPython 3.11 is the oracle: this script refuses to run on any other version.
For each case it runs ``sys.executable`` exactly the way the cargo harness
(crates/taipan-cli/tests/cases.rs) runs Taipan, normalises the output and
writes ``<name>.stdout``, ``<name>.stderr`` and ``<name>.exitcode`` next to
the case.

Conventions (kept in sync with cases.rs):
  * a case is a ``.py`` file exactly two levels below tests/cases whose name
    does not start with ``_``; deeper files and ``_*.py`` files are support
    files;
  * directives are the comment lines at the very top of the case:
      ``# cli: <options>``  options put before the script (shlex-split);
      ``# argv: <args>``    replaces the default ``<name>.py`` argument list
                            (shlex-split, ``{name}`` expands to the case name);
  * ``<name>.stdin`` (if present) is fed as standard input, else /dev/null;
  * the current directory is the case folder; the environment is inherited,
    minus PYTHONPATH, plus PYTHONHASHSEED=0, PYTHONDONTWRITEBYTECODE=1,
    PYTHONIOENCODING=utf-8 and LC_ALL=C.UTF-8;
  * normalisation: ``<absolute case folder>/`` becomes ``{DIR}/`` and the
    interpreter's executable path becomes ``{PYTHON}``.
"""

import os
import shlex
import subprocess
import sys

TIMEOUT = 10  # seconds, same as the harness
TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
CASES_DIR = os.path.join(TESTS_DIR, "cases")


def is_case(path):
    """True when `path` (absolute) is a case file."""
    rel = os.path.relpath(path, CASES_DIR)
    parts = rel.split(os.sep)
    return (
        len(parts) == 2
        and not parts[0].startswith(".")
        and parts[1].endswith(".py")
        and not parts[1].startswith("_")
        and os.path.isfile(path)
    )


def all_cases(root):
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for fn in sorted(filenames):
            p = os.path.join(dirpath, fn)
            if is_case(p):
                found.append(p)
    return sorted(found)


def parse_directives(source_text, name):
    """Return (cli_options, argv) from the leading comment lines."""
    cli = []
    argv = [name + ".py"]
    for line in source_text.splitlines():
        if not line.startswith("#"):
            break
        body = line[1:].strip()
        if body.startswith("cli:"):
            cli = shlex.split(body[len("cli:"):])
        elif body.startswith("argv:"):
            argv = [a.replace("{name}", name) for a in shlex.split(body[len("argv:"):])]
    return cli, argv


def case_env():
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env["LC_ALL"] = "C.UTF-8"
    return env


def replacements(case_dir, executable):
    """(needle, replacement) byte pairs, longest needle first."""
    pairs = {}
    for d in {os.path.abspath(case_dir), os.path.realpath(case_dir)}:
        pairs[os.fsencode(d + "/")] = b"{DIR}/"
    for e in {executable, os.path.realpath(executable)}:
        pairs[os.fsencode(e)] = b"{PYTHON}"
    return sorted(pairs.items(), key=lambda kv: -len(kv[0]))


def normalise(data, pairs):
    # The folder pairs are applied before the executable pairs (both sorted
    # longest first), matching the harness.
    for needle, repl in [p for p in pairs if p[1] == b"{DIR}/"]:
        data = data.replace(needle, repl)
    for needle, repl in [p for p in pairs if p[1] == b"{PYTHON}"]:
        data = data.replace(needle, repl)
    return data


def write_if_changed(path, data):
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return False
    except FileNotFoundError:
        pass
    with open(path, "wb") as f:
        f.write(data)
    return True


def regen_case(case_path, executable):
    case_dir = os.path.dirname(case_path)
    name = os.path.basename(case_path)[:-3]
    with open(case_path, encoding="utf-8") as f:
        cli, argv = parse_directives(f.read(), name)
    stdin_path = os.path.join(case_dir, name + ".stdin")
    if os.path.exists(stdin_path):
        with open(stdin_path, "rb") as f:
            stdin_data = f.read()
    else:
        stdin_data = None
    try:
        proc = subprocess.run(
            [executable, *cli, *argv],
            cwd=case_dir,
            env=case_env(),
            input=stdin_data,
            stdin=subprocess.DEVNULL if stdin_data is None else None,
            capture_output=True,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"timed out after {TIMEOUT} s")
    pairs = replacements(case_dir, executable)
    out = normalise(proc.stdout, pairs)
    err = normalise(proc.stderr, pairs)
    code = f"{proc.returncode}\n".encode()
    changed = False
    base = os.path.join(case_dir, name)
    changed |= write_if_changed(base + ".stdout", out)
    changed |= write_if_changed(base + ".stderr", err)
    changed |= write_if_changed(base + ".exitcode", code)
    return changed


def main(args):
    if sys.version_info[:2] != (3, 11):
        print(
            "regen.py: the expected output must come from CPython 3.11, "
            f"but this is {sys.version_info[0]}.{sys.version_info[1]} ({sys.executable})",
            file=sys.stderr,
        )
        return 2
    executable = sys.executable
    if args:
        cases = []
        for a in args:
            p = os.path.abspath(a)
            if os.path.isdir(p):
                cases.extend(all_cases(p))
            elif is_case(p):
                cases.append(p)
            else:
                print(f"regen.py: not a case or folder: {a}", file=sys.stderr)
                return 2
        cases = sorted(set(cases))
    else:
        cases = all_cases(CASES_DIR)
    changed = 0
    failed = 0
    for c in cases:
        try:
            if regen_case(c, executable):
                changed += 1
        except Exception as e:  # report and go on
            failed += 1
            print(f"regen.py: {os.path.relpath(c, CASES_DIR)}: {e}", file=sys.stderr)
    print(f"regen: {len(cases)} cases, {changed} updated, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
