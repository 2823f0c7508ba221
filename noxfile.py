"""Every workflow of the project, one nox session each.

nox                     the default set: tests, lint, typecheck, generate_check, compat
nox -s sync_spec        rebuild openapi.json from the upstream description (path or URL after --)
nox -s generate         regenerate generated/ from openapi.json
nox -s bench            the benchmarks under scripts/ (ratios against same-run baselines)
nox -s record           re-record the vcrpy cassettes against the local server
nox -s mutate           mutation testing of the core modules (last line: the score)
"""

from __future__ import annotations

import nox

nox.options.sessions = ["tests", "lint", "typecheck", "generate_check", "compat"]
nox.options.reuse_existing_virtualenvs = True
# `compat` runs on the other supported Pythons that this machine has, and says so when one is missing.
nox.options.error_on_missing_interpreters = False

GENERATOR = "openapi-python-client==0.29.1"
RUFF = "ruff==0.17.6"
MYPY = "mypy==2.4.1"
PYTEST_TIMEOUT = "pytest-timeout==2.4.0"  # mutate: a test a mutant hangs fails in minutes
MUTMUT = "mutmut==3.8.1"


@nox.session
def tests(session: nox.Session) -> None:
    """The test suite against the package as installed (editable), on real local servers."""
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session(python=["3.10", "3.13"])
def compat(session: nox.Session) -> None:
    """The suite on the oldest and newest other supported Pythons (the generator's own tests need 3.11+)."""
    session.install("-e", ".[test]")
    session.run("pytest", "-m", "not slow", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff, over everything hand-written (generated/ is formatted by generation)."""
    session.install(RUFF)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the public package, following it into the generated client."""
    session.install("-e", ".", MYPY, "types-python-dateutil", "pytest")
    session.run("mypy", "--strict", "everruns")


@nox.session(name="sync_spec")
def sync_spec(session: nox.Session) -> None:
    """openapi.json from the upstream description; prints what changed."""
    session.run("python", "scripts/sync_spec.py", *session.posargs)


@nox.session
def generate(session: nox.Session) -> None:
    """generated/everruns_api from openapi.json with the pinned generator."""
    session.install(GENERATOR, RUFF)
    session.run("python", "scripts/generate.py", *session.posargs)


@nox.session(name="generate_check")
def generate_check(session: nox.Session) -> None:
    """Fails when generated/ is not what a fresh generation gives."""
    session.install(GENERATOR, RUFF)
    session.run("python", "scripts/generate.py", "--check")


@nox.session
def record(session: nox.Session) -> None:
    """Re-record every vcrpy cassette against the local server, then check them against openapi.json."""
    import shutil

    session.install("-e", ".[test]")
    shutil.rmtree("tests/cassettes", ignore_errors=True)
    session.run("pytest", "tests/resources", env={"EVERRUNS_RECORD": "1"})
    session.run("pytest", "tests/test_cassettes.py")


@nox.session
def bench(session: nox.Session) -> None:
    """Every benchmark: the SDK's ratios against baselines measured in the same run, the
    local server's rates against the floors that keep it out of the way, and the web
    relay's added latency beside a direct read (needs Debian's chromium)."""
    session.install("-e", ".[test]")
    for script in (
        "bench_import.py",
        "bench_server.py",
        "bench_calls.py",
        "bench_stream.py",
        "bench_relay.py",
        "bench_relay_scale.py",
    ):
        session.run("python", f"scripts/{script}")


@nox.session
def mutate(session: nox.Session) -> None:
    """Mutation testing of the core modules with the fast tests (scripts/mutate.py; mutmut is
    configured in pyproject.toml, equivalent mutants are listed in mutation-equivalents.txt).
    Not in the default set: the twenty-four modules give about 3,900 mutants; a whole run of
    the first twenty (2,590) took 87 minutes on this machine's two cores (the 1,019 whose tests
    are most of the suite took 37 of them with four children and a 120 s limit per test); the
    local server's four were added later. Globs after -- narrow it (e.g.
    "everruns._retry.*": minutes), and mutmut keeps results between runs, re-testing only
    functions whose source changed."""
    session.install("-e", ".[test]", MUTMUT, PYTEST_TIMEOUT)
    session.run("python", "scripts/mutate.py", *session.posargs)
