"""The hashed lock files that `make run` and `make test` install agree with requirements*.txt."""

import re
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

PROJECT = Path(__file__).resolve().parents[2]


def requirements(name):
    """Requirement objects of requirements file `name`, following its -r includes."""
    found = []
    for line in (PROJECT / name).read_text().splitlines():
        line = line.split(" #")[0].strip()
        if line.startswith("-r "):
            found += requirements(line[3:].strip())
        elif line and not line.startswith(("#", "-")):
            found.append(Requirement(line))
    return found


def pins(lock):
    """{name: (version, number of hashes)} of a pip-compile --generate-hashes output."""
    text = (PROJECT / lock).read_text()
    found = {}
    for match in re.finditer(r"^([A-Za-z0-9._-]+)==([^ \\\n]+)((?:\s*\\\n\s+--hash=sha256:[0-9a-f]{64})*)", text, re.M):
        found[canonicalize_name(match.group(1))] = (match.group(2), match.group(3).count("--hash=sha256:"))
    return found


@pytest.mark.parametrize(("source", "lock"), [("requirements.txt", "requirements.lock"),
                                              ("requirements-dev.txt", "requirements-dev.lock")])
def test_every_requirement_is_pinned_in_its_range_with_hashes(source, lock):
    pinned = pins(lock)
    for requirement in requirements(source):
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{requirement} is not in {lock}: run `make lock`"
        version, hashes = pinned[name]
        assert requirement.specifier.contains(version, prereleases=True), (
            f"{lock} pins {name}=={version}, outside {requirement}: run `make lock`"
        )
    assert all(hashes for _version, hashes in pinned.values()), f"a pin in {lock} has no hash"


def test_the_development_lock_keeps_the_runtime_pins():
    runtime, development = pins("requirements.lock"), pins("requirements-dev.lock")
    assert {name: development.get(name, (None,))[0] for name in runtime} == {
        name: version for name, (version, _hashes) in runtime.items()
    }


def test_make_installs_from_the_lock_files_checking_hashes():
    makefile = (PROJECT / "Makefile").read_text()
    assert "install --quiet --require-hashes -r requirements.lock" in makefile
    assert "install --quiet --require-hashes -r requirements-dev.lock" in makefile
