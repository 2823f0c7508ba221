"""One wheel carries both packages, typed, and works in a fresh virtual environment."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)], check=True, capture_output=True
    )
    (built,) = out.glob("everruns-*.whl")
    return built


@pytest.mark.slow
def test_wheel_carries_both_packages_each_marked_typed(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"everruns/__init__.py", "everruns/py.typed", "everruns_api/__init__.py", "everruns_api/py.typed"} <= names
    assert "everruns_api/api/agents/create_agent.py" in names
    assert not any(name.startswith(("tests/", "scripts/", "generated/")) for name in names)


@pytest.mark.slow
def test_wheel_declares_only_the_five_runtime_dependencies(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        (metadata_name,) = [name for name in archive.namelist() if name.endswith(".dist-info/METADATA")]
        metadata = archive.read(metadata_name).decode()
    requirements = [
        line.split(":", 1)[1].strip() for line in metadata.splitlines() if line.startswith("Requires-Dist:")
    ]
    runtime = sorted(
        req.split(">")[0].split("<")[0].split("=")[0].strip() for req in requirements if "extra ==" not in req
    )
    assert runtime == ["attrs", "httpx", "python-dateutil", "sniffio", "sseclient-py"]
    assert "Requires-Python: >=3.10" in metadata


@pytest.mark.slow
def test_wheel_installs_and_imports_in_a_fresh_venv(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True, capture_output=True)
    probe = (
        "import everruns, everruns_api; "
        "from everruns_api.models import Agent; "
        "from everruns_api.api.agents import create_agent; "
        "print(everruns.__version__, Agent.__name__, create_agent.sync_detailed.__name__)"
    )
    result = subprocess.run([str(python), "-c", probe], check=True, capture_output=True, text=True, cwd=tmp_path)
    assert result.stdout.split() == [_version(), "Agent", "sync_detailed"]


def _version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "everruns" / "_version.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]
