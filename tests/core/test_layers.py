"""The layer contract of DESIGN.md holds, and breaks when an import points up (inside a function too)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
PACKAGES = ["home", "search", "figures", "news", "listings", "products", "editorial", "core", "portal"]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

pytestmark = pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter is not installed (requirements-dev)")


def lint_imports(folder):
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", "pyproject.toml", "--no-cache"],
        cwd=folder,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(folder), "PATH": "/usr/bin:/bin"},
    )


@pytest.fixture
def project_copy(tmp_path):
    for package in PACKAGES:
        shutil.copytree(
            PROJECT / package, tmp_path / package, ignore=shutil.ignore_patterns("templates", "static", "__pycache__")
        )
    shutil.copy(PROJECT / "pyproject.toml", tmp_path)
    return tmp_path


def test_the_layers_are_kept(project_copy):
    result = lint_imports(project_copy)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


UPWARD_IMPORTS = {
    "core/text_language.py": ("from products.models import ProductPage", "core.text_language -> products.models"),
    "products/catalogue.py": ("from listings.models import Inquiry", "products.catalogue -> listings.models"),
    "news/feeds.py": ("from search import views", "news.feeds -> search.views"),
    "editorial/queue.py": ("from products.models import FarmerPage", "editorial.queue -> products.models"),
    "news/models/plan.py": ("from figures.results import results_context", "news.models.plan -> figures.results"),
}


def test_an_import_against_the_direction_breaks_the_contract_even_inside_a_function(project_copy):
    for module, (upward_import, _chain) in UPWARD_IMPORTS.items():
        path = project_copy / module
        path.write_text(path.read_text() + f"\n\ndef _sneaky():\n    {upward_import}\n")
    result = lint_imports(project_copy)
    assert result.returncode != 0
    for _upward_import, chain in UPWARD_IMPORTS.values():
        assert chain in result.stdout
