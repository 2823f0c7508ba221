"""Mutation testing of the core modules: which one-line changes the fast tests fail to notice.

    python scripts/mutate.py [mutant name globs...]     (nox -s mutate -- ...)

Runs mutmut (configured under ``[tool.mutmut]`` in pyproject.toml: the modules and the
tests) with its progress going to ``mutants/run.log``, then prints the score per
module, every survivor that ``mutation-equivalents.txt`` does not explain, and, as the
last line, ``mutation score: KILLED/TOTAL killed (P%)``. Mutants that a test timed out
on count as killed (the change made the code hang, and the test noticed). Globs such as
``"everruns._retry.*"`` run only those mutants, again even if they were checked before.
mutmut remembers results between runs: a stopped run goes on where it was, and only the
functions whose source changed are tested again. New tests are traced, but a verdict
already given stands: after adding tests, name the survivors to check them again, or
use ``--fresh`` (a run also starts afresh by itself when ``[tool.mutmut]`` changes).
The score counts the mutants checked so far, and says how many are not; the exit status
is 0 only when at least ``--fail-under`` percent are killed, every survivor is explained,
and (unless globs narrowed the run) every mutant was checked.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MUTANTS = ROOT / "mutants"
EQUIVALENTS = ROOT / "mutation-equivalents.txt"
# mutmut's exit codes per mutant (mutmut.stats.status_by_exit_code), reduced to what the score needs.
KILLED_CODES = {1, 3, 36, -24, 24, 152, 255, 37}
SURVIVED_CODES = {0, 5, 33}
NOT_CHECKED = {None, 2, 34}
# Seconds one test may take: the slowest fast test takes about 27 s alone, and up to three
# times that with four mutants tested at once on two cores.
TEST_TIMEOUT = 120


def equivalents() -> dict[str, str]:
    """Mutant name -> the reason no test can tell it from the original."""
    listed: dict[str, str] = {}
    for line in EQUIVALENTS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, reason = line.partition(" ")
            listed[name] = reason.strip()
    return listed


def start_afresh_if_the_configuration_changed() -> None:
    """mutmut keeps ``mutants/`` between runs but does not notice a new module list."""
    import tomllib

    settings = json.dumps(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mutmut"])
    remembered = MUTANTS / "configuration.json"
    if remembered.exists() and remembered.read_text(encoding="utf-8") != settings:
        shutil.rmtree(MUTANTS)
    MUTANTS.mkdir(exist_ok=True)
    remembered.write_text(settings, encoding="utf-8")


def outcomes() -> dict[str, dict[str, int | None]]:
    """Module -> {mutant name: exit code}, from mutmut's records."""
    found: dict[str, dict[str, int | None]] = {}
    for meta in sorted(MUTANTS.rglob("*.py.meta")):
        module = ".".join(meta.relative_to(MUTANTS).with_suffix("").with_suffix("").parts)
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        if codes:
            found[module] = codes
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="mutant name globs (default: every mutant)")
    parser.add_argument(
        "--max-children", type=int, default=4, help="mutants tested at once (one hanging a test leaves its core idle)"
    )
    parser.add_argument("--fail-under", type=float, default=90.0, help="fail below this percentage killed")
    parser.add_argument("--fresh", action="store_true", help="forget earlier results (after changing tests)")
    arguments = parser.parse_args()
    if arguments.fresh:
        shutil.rmtree(MUTANTS, ignore_errors=True)
    start_afresh_if_the_configuration_changed()
    command = [sys.executable, "-m", "mutmut", "run", "--max-children", str(arguments.max_children), *arguments.names]
    # A test that a mutant makes hang fails after TEST_TIMEOUT seconds (pytest-timeout), well
    # before mutmut's own limit of five times the tests' whole usual time.
    environment = {**os.environ, "PYTEST_TIMEOUT": os.environ.get("PYTEST_TIMEOUT", str(TEST_TIMEOUT))}
    with (MUTANTS / "run.log").open("w", encoding="utf-8") as log:
        finished = subprocess.run(command, cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT, check=False)
    if finished.returncode != 0:
        print(f"mutmut failed (exit {finished.returncode}): see {MUTANTS / 'run.log'}")
        return finished.returncode
    explained = equivalents()
    killed = total = unchecked = 0
    unexplained: list[str] = []
    equivalent: list[str] = []
    for module, codes in outcomes().items():
        counts = Counter(
            "killed" if code in KILLED_CODES else "not checked" if code in NOT_CHECKED else "survived"
            for code in codes.values()
        )
        checked = counts["killed"] + counts["survived"]
        unchecked += counts["not checked"]
        if not checked:
            continue
        pending = f", {counts['not checked']} not checked" if counts["not checked"] else ""
        print(f"{module}: {counts['killed']}/{checked} killed ({100 * counts['killed'] / checked:.1f}%){pending}")
        killed, total = killed + counts["killed"], total + checked
        survivors = [name for name, code in codes.items() if code not in KILLED_CODES | NOT_CHECKED]
        unexplained += [name for name in survivors if name not in explained]
        equivalent += [name for name in survivors if name in explained]
    print(f"survivors listed as equivalent in {EQUIVALENTS.name}: {len(equivalent)}")
    for name in unexplained:
        print(f"survived, not listed as equivalent: {name}")
    if unchecked:
        print(f"not checked yet: {unchecked} mutants (the score counts the checked ones; run again to go on)")
    percent = 100 * killed / total if total else 0.0
    print(f"mutation score: {killed}/{total} killed ({percent:.1f}%)")
    complete = not unchecked or bool(arguments.names)
    return 0 if percent >= arguments.fail_under and not unexplained and complete else 1


if __name__ == "__main__":
    sys.exit(main())
