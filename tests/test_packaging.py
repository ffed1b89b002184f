"""The package as a learner installs it: a wheel, installed (not editable) in a fresh venv.

Builds the wheel from a copy of the project (so no earlier `build/` folder can leak stale
files into it), installs it without dependencies into a new virtual environment, lets that
environment see the dependencies of the one running the tests (a `.pth` file naming its
site-packages; no network is needed), and asks a question from a folder that is not the
checkout. This is what `pip install .`, a wheel and `pipx install` rely on: the knowledge
base and the dialogue files travel inside the package.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOT_SHIPPED = (".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis", "tests", "benchmarks")

pytestmark = pytest.mark.packaging


def run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, check=True, capture_output=True, text=True, timeout=240, **kwargs)  # type: ignore[call-overload]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin folder of a fresh venv with the tutor installed from its wheel."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*NOT_SHIPPED))
    run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation", "--no-index", "-q", "-w", str(work / "dist")])
    (wheel,) = (work / "dist").glob("diplomacy_tutor-*.whl")
    venv = work / "venv"
    run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)])
    python = venv / "bin" / "python"
    venv_site = run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip()
    # The dependencies come from the environment running the tests. A path line in a .pth
    # file adds the folder without running its own .pth files, so the editable install of
    # the checkout living there stays inactive: `tutor` can only come from the wheel.
    Path(venv_site, "test-dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "-q", str(wheel)])
    return venv / "bin"


def test_wheel_ships_knowledge_and_dialogues(installed: Path) -> None:
    wheel = next((installed.parent.parent / "dist").glob("*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "tutor/shipped/dialogues/intents.yaml" in names
    assert "tutor/shipped/dialogues/templates.yaml" in names
    assert "tutor/shipped/dialogues/synonyms.yaml" in names
    assert any(n.startswith("tutor/shipped/dialogues/lessons/") for n in names)
    assert sum(n.startswith("tutor/shipped/knowledge/") and n.endswith(".md") for n in names) >= 20
    assert not any(n.startswith(("tests/", "knowledge/", "dialogues/")) for n in names)


def test_installed_tutor_answers_from_its_own_copy(installed: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "TUTOR_KNOWLEDGE")}
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), XDG_CACHE_HOME=str(tmp_path / "cache"), HOME=str(tmp_path))
    where = run([str(installed / "python"), "-c", "import tutor.files.paths as p; print(p.__file__); print(p.SHIPPED_KNOWLEDGE); print(p.DIALOGUES)"], cwd=tmp_path, env=env)
    module, knowledge, dialogues = where.stdout.split("\n")[:3]
    venv = str(installed.parent)
    assert module.startswith(venv) and knowledge.startswith(venv) and dialogues.startswith(venv), where.stdout
    answer = run([str(installed / "tutor"), "ask", "What is track one diplomacy?"], cwd=tmp_path, env=env)
    assert "official diplomacy conducted between states" in answer.stdout
    assert answer.stderr == ""
