#!/usr/bin/env python3
"""One version number: Cargo.toml, python/pyproject.toml, kotlin/pom.xml, the Swift
package, the top of CHANGELOG.md and the version the Kotlin consumer
(tests/consumers/kotlin/pom.xml) asks for must all name the same version.

    python3 tests/release/check_version.py [--root DIR]

Exits 0 and prints the version when they agree; otherwise prints one line per file
that differs from Cargo.toml's [workspace.package] version, naming the file, and
exits 1. Standard library only.
"""
import argparse
import re
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path


class VersionError(Exception):
    pass


def cargo_version(root: Path) -> str:
    data = tomllib.loads((root / "Cargo.toml").read_text())
    try:
        return data["workspace"]["package"]["version"]
    except KeyError:
        raise VersionError("Cargo.toml: no version under [workspace.package]")


def crate_version(manifest: Path, root: Path) -> str:
    """A crate's version, following `version.workspace = true` to the workspace."""
    data = tomllib.loads(manifest.read_text())
    version = data.get("package", {}).get("version")
    if isinstance(version, dict) and version.get("workspace"):
        return cargo_version(root)
    if isinstance(version, str):
        return version
    raise VersionError(f"{manifest.relative_to(root)}: no package version")


def python_version(root: Path) -> str:
    """[project].version, or, when maturin supplies it (dynamic), the version of the
    crate its manifest-path names."""
    path = root / "python" / "pyproject.toml"
    data = tomllib.loads(path.read_text())
    project = data.get("project", {})
    if "version" in project:
        return project["version"]
    if "version" in project.get("dynamic", []):
        manifest = data.get("tool", {}).get("maturin", {}).get("manifest-path", "Cargo.toml")
        return crate_version((path.parent / manifest).resolve(), root.resolve())
    raise VersionError("python/pyproject.toml: neither [project].version nor a dynamic version")


def maven_version(root: Path) -> str:
    """The project's own <version> (a direct child of <project>, not a dependency's)."""
    tree = ET.parse(root / "kotlin" / "pom.xml")
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    node = tree.getroot().find("m:version", ns)
    if node is None:
        node = tree.getroot().find("version")
    if node is None or not (node.text or "").strip():
        raise VersionError("kotlin/pom.xml: no <version> under <project>")
    return node.text.strip()


def consumer_version(root: Path) -> str:
    """The default of the `fastly.account.version` property of the Kotlin consumer, the
    version of dev.fastlyaccount:fastly-account it depends on."""
    tree = ET.parse(root / "tests" / "consumers" / "kotlin" / "pom.xml")
    ns = "{http://maven.apache.org/POM/4.0.0}"
    node = tree.getroot().find(f"{ns}properties/{ns}fastly.account.version")
    if node is None or not (node.text or "").strip():
        raise VersionError("tests/consumers/kotlin/pom.xml: no <fastly.account.version> property")
    return node.text.strip()


def swift_version(root: Path) -> str:
    path = root / "swift" / "Sources" / "FastlyAccount" / "Version.swift"
    m = re.search(r'public\s+let\s+fastlyAccountVersion\s*=\s*"([^"]+)"', path.read_text())
    if not m:
        raise VersionError(f"{path.relative_to(root)}: no `public let fastlyAccountVersion = \"...\"`")
    return m.group(1)


def testing_maven_version(root: Path) -> str:
    """The testing kit's artifact (kotlin/testing/pom.xml, fastly-account-testing): its own
    <version>, which is also the version of fastly-account it depends on."""
    tree = ET.parse(root / "kotlin" / "testing" / "pom.xml")
    node = tree.getroot().find("{http://maven.apache.org/POM/4.0.0}version")
    if node is None or not (node.text or "").strip():
        raise VersionError("kotlin/testing/pom.xml: no <version> under <project>")
    return node.text.strip()


def changelog_version(root: Path) -> str:
    """The first released version heading (`## 1.2.3` or `## [1.2.3]`), below any
    `## Unreleased` section."""
    for line in (root / "CHANGELOG.md").read_text().splitlines():
        m = re.match(r"^##\s+\[?v?(\d+\.\d+\.\d+[^\]\s]*)\]?", line)
        if m:
            return m.group(1)
    raise VersionError("CHANGELOG.md: no `## <version>` heading")


SOURCES = [
    ("python/pyproject.toml", python_version),
    ("kotlin/pom.xml", maven_version),
    ("kotlin/testing/pom.xml", testing_maven_version),
    ("swift/Sources/FastlyAccount/Version.swift", swift_version),
    ("CHANGELOG.md", changelog_version),
    ("tests/consumers/kotlin/pom.xml", consumer_version),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[2])
    root = parser.parse_args().root
    try:
        expected = cargo_version(root)
    except (OSError, VersionError) as e:
        print(f"version: {e}")
        return 1
    bad = 0
    for name, read in SOURCES:
        try:
            found = read(root)
        except (OSError, VersionError, ET.ParseError, tomllib.TOMLDecodeError) as e:
            print(f"version: {name}: unreadable: {e}")
            bad += 1
            continue
        if found != expected:
            print(f"version: {name} says {found}, Cargo.toml says {expected}")
            bad += 1
    if bad:
        return 1
    print(f"version: {expected} in Cargo.toml, " + ", ".join(n for n, _ in SOURCES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
