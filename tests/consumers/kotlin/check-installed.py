#!/usr/bin/env python3
"""What `mvn -f kotlin/pom.xml install` published into the local Maven repository:

    python3 tests/consumers/kotlin/check-installed.py VERSION [--repo ~/.m2/repository] [--built kotlin/target]

dev/fastlyaccount/fastly-account/VERSION/ must hold the pom, the jar (with the native
library where JNA looks for it, and the Kotlin classes), the -sources.jar (the
hand-written Kotlin and the generated UniFFI Kotlin) and the -javadoc.jar (Dokka's HTML,
with the KDoc of the API rendered). With --built, each of the three jars must also be
the same bytes as the one the build just made there (not an older install). One line
per check, then
`installed: N passed, M failed`; exits 1 on any failure. Standard library only.
"""
import argparse
import hashlib
import re
import sys
import zipfile
from pathlib import Path

NATIVE = "linux-x86-64/libfastly_account_uniffi.so"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("version")
    parser.add_argument("--repo", type=Path, default=Path.home() / ".m2" / "repository")
    parser.add_argument("--built", type=Path, help="the build directory whose jars were installed")
    args = parser.parse_args()
    base = args.repo / "dev" / "fastlyaccount" / "fastly-account" / args.version
    stem = f"fastly-account-{args.version}"
    results = []

    def check(name, test):
        try:
            problem = test()
        except (OSError, zipfile.BadZipFile, KeyError) as e:
            problem = f"{type(e).__name__}: {e}"
        results.append(problem is None)
        print(f"{'ok  ' if problem is None else 'FAIL'} {name}" + ("" if problem is None else f": {problem}"))

    def names(suffix):
        with zipfile.ZipFile(base / f"{stem}{suffix}") as z:
            return set(z.namelist())

    def read(suffix, member):
        with zipfile.ZipFile(base / f"{stem}{suffix}") as z:
            return z.read(member).decode("utf-8", "replace")

    def pom():
        text = (base / f"{stem}.pom").read_text()
        for needle in ("<groupId>dev.fastlyaccount</groupId>", "<artifactId>fastly-account</artifactId>",
                       f"<version>{args.version}</version>", "<artifactId>jna</artifactId>",
                       "<artifactId>kotlinx-coroutines-core</artifactId>"):
            if needle not in text:
                return f"the pom does not name {needle}"
        return None

    def jar():
        have = names(".jar")
        missing = [n for n in (NATIVE, "dev/fastlyaccount/Client.class", "dev/fastlyaccount/AsyncClient.class",
                               "dev/fastlyaccount/FastlyException$Unauthorized.class") if n not in have]
        if missing:
            return f"missing {missing}"
        with zipfile.ZipFile(base / f"{stem}.jar") as z:
            if not z.read(NATIVE).startswith(b"\x7fELF"):
                return f"{NATIVE} is not an ELF library"
        return None

    def sources():
        have = names("-sources.jar")
        missing = [n for n in ("dev/fastlyaccount/Errors.kt", "dev/fastlyaccount/Flows.kt",
                               "dev/fastlyaccount/WalkList.kt", "dev/fastlyaccount/fastly_account.kt") if n not in have]
        if missing:
            return f"missing {missing}"
        if "class Client" not in read("-sources.jar", "dev/fastlyaccount/fastly_account.kt"):
            return "fastly_account.kt has no class Client"
        natives = [n for n in have if n.endswith((".so", ".class"))]
        return f"binaries in the sources jar: {natives}" if natives else None

    def javadoc():
        have = names("-javadoc.jar")
        if "index.html" not in have:
            return "no index.html"
        page = "fastly-account/dev.fastlyaccount/-client/get-current-user.html"
        if page not in have:
            return f"no page {page}"
        # The KDoc of getCurrentUser (from the UDL's doc comment), rendered as text.
        text = re.sub(r"<[^>]+>", " ", read("-javadoc.jar", page))
        shown = " ".join(text.split()).lower()
        if "the user the token belongs to" not in shown:
            return f"{page} does not show the KDoc of getCurrentUser"
        # Its @return and @throws tags, rendered as sections of their own.
        if "return" not in shown or "fastlyexception" not in shown.replace(" ", ""):
            return f"{page} does not show the @return and @throws of getCurrentUser"
        return None

    def same_as_built():
        digest = lambda path: hashlib.sha256(path.read_bytes()).hexdigest()
        stale = [f"{stem}{suffix}" for suffix in (".jar", "-sources.jar", "-javadoc.jar")
                 if digest(base / f"{stem}{suffix}") != digest(args.built / f"{stem}{suffix}")]
        return f"differ from {args.built}: {stale}" if stale else None

    check(f"pom {base / (stem + '.pom')}", pom)
    check(f"jar with {NATIVE} and the Kotlin classes", jar)
    check("sources jar with Errors.kt, Flows.kt, WalkList.kt and the generated fastly_account.kt", sources)
    check("javadoc jar with index.html and rendered KDoc", javadoc)
    if args.built:
        check(f"the installed jars are the ones just built in {args.built}", same_as_built)

    passed = sum(results)
    print(f"installed: {passed} passed, {len(results) - passed} failed")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
