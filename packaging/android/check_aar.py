#!/usr/bin/env python3
"""Checks the layout of the AAR and its POM that build-aar.sh assembled.

    check_aar.py AAR POM --min-sdk 26 --jna 5.18.1 [--no-jni]

The AAR must hold exactly AndroidManifest.xml, classes.jar, proguard.txt, R.txt and
(unless --no-jni: build-aar.sh --host) jni/<abi>/libfastly_account_uniffi.so for
arm64-v8a, armeabi-v7a and x86_64, nothing else:

- the manifest: package dev.fastlyaccount, minSdkVersion, the INTERNET permission;
- classes.jar: the public API (Client, AsyncClient, FastlyException and its cases, a
  walk and its Flow), the android flavour of the generated code (it names
  android.os.Build), Java 8 class files, and no native library, Kotlin standard
  library or coroutines classes (those are dependencies);
- proguard.txt: keeps JNA and the generated package;
- R.txt present (empty: no resources);
- the POM: packaging aar, JNA as an aar of the given version, kotlinx-coroutines-android,
  kotlin-stdlib and androidx.annotation.

Prints one line per check and `aar: N passed, M failed`; exits 1 on any failure.
"""

import argparse
import io
import sys
import xml.etree.ElementTree as ET
import zipfile

ABIS = ("arm64-v8a", "armeabi-v7a", "x86_64")
LIB = "libfastly_account_uniffi.so"
ANDROID = "{http://schemas.android.com/apk/res/android}"
POM_NS = "{http://maven.apache.org/POM/4.0.0}"
# Classes an app calls: the two clients, the sealed error and two of its cases, a walk
# and the hand-written Flow and Sequence helpers.
API_CLASSES = (
    "dev/fastlyaccount/Client.class",
    "dev/fastlyaccount/AsyncClient.class",
    "dev/fastlyaccount/FastlyException.class",
    "dev/fastlyaccount/FastlyException$NotFound.class",
    "dev/fastlyaccount/FastlyException$Unauthorized.class",
    "dev/fastlyaccount/UserGroupAsyncIterator.class",
    "dev/fastlyaccount/FlowsKt.class",
    "dev/fastlyaccount/WalkListKt.class",
)

results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(f"{'ok  ' if ok else 'FAIL'} {name}{'' if ok else ': ' + detail}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("aar")
    parser.add_argument("pom")
    parser.add_argument("--min-sdk", required=True)
    parser.add_argument("--jna", required=True)
    parser.add_argument("--no-jni", action="store_true")
    args = parser.parse_args()

    aar = zipfile.ZipFile(args.aar)
    names = set(aar.namelist())
    files = {n for n in names if not n.endswith("/")}
    expected = {"AndroidManifest.xml", "classes.jar", "proguard.txt", "R.txt"}
    if not args.no_jni:
        expected |= {f"jni/{abi}/{LIB}" for abi in ABIS}
    check("entries", files == expected,
          f"missing {sorted(expected - files)}, unexpected {sorted(files - expected)}")

    if "AndroidManifest.xml" in files:
        manifest = ET.fromstring(aar.read("AndroidManifest.xml"))
        check("manifest package", manifest.get("package") == "dev.fastlyaccount", str(manifest.attrib))
        sdk = manifest.find("uses-sdk")
        check("manifest minSdk", sdk is not None and sdk.get(ANDROID + "minSdkVersion") == args.min_sdk,
              "no <uses-sdk android:minSdkVersion=...>" if sdk is None else str(sdk.attrib))
        permissions = {p.get(ANDROID + "name") for p in manifest.findall("uses-permission")}
        check("manifest INTERNET permission", "android.permission.INTERNET" in permissions, str(permissions))

    if "classes.jar" in files:
        jar = zipfile.ZipFile(io.BytesIO(aar.read("classes.jar")))
        classes = [n for n in jar.namelist() if n.endswith(".class")]
        missing = [c for c in API_CLASSES if c not in classes]
        check("classes.jar has the public API", not missing, f"missing {missing}")
        foreign = [n for n in jar.namelist()
                   if n.endswith((".so", ".dylib", ".dll")) or n.startswith(("kotlin/", "kotlinx/", "com/sun/jna/"))]
        check("classes.jar holds only the library's classes", not foreign, f"also {foreign[:5]}")
        generated = jar.read("dev/fastlyaccount/UniffiLib.class") if "dev/fastlyaccount/UniffiLib.class" in classes else b""
        check("classes.jar holds the generated bindings", bool(generated), "no dev/fastlyaccount/UniffiLib.class")
        android_flavour = any(b"android/os/Build" in jar.read(c) for c in classes if c.startswith("dev/fastlyaccount/"))
        check("classes.jar is the android flavour (names android.os.Build)", android_flavour)
        # Class file major version 52 = Java 8, what D8 takes for any minSdk.
        majors = {int.from_bytes(jar.read(c)[6:8], "big") for c in classes}
        check("classes.jar is Java 8 bytecode", majors == {52}, f"class file versions {sorted(majors)}")

    if "proguard.txt" in files:
        rules = aar.read("proguard.txt").decode()
        lines = {line.strip() for line in rules.splitlines()}
        for rule in ("-keep class com.sun.jna.** { *; }", "-keep class dev.fastlyaccount.** { *; }"):
            check(f"proguard.txt: {rule}", rule in lines)

    if not args.no_jni:
        for abi in ABIS:
            name = f"jni/{abi}/{LIB}"
            if name in files:
                check(f"{name} is an ELF library", aar.read(name)[:4] == b"\x7fELF")

    pom = ET.parse(args.pom).getroot()
    text = lambda node, tag: (node.findtext(POM_NS + tag) or "").strip()  # noqa: E731
    check("POM coordinates", (text(pom, "groupId"), text(pom, "artifactId"), text(pom, "packaging"))
          == ("dev.fastlyaccount", "fastly-account-android", "aar"))
    deps = {(text(d, "groupId"), text(d, "artifactId")): d for d in pom.iter(POM_NS + "dependency")}
    jna = deps.get(("net.java.dev.jna", "jna"))
    check("POM: JNA as an aar", jna is not None and text(jna, "type") == "aar" and text(jna, "version") == args.jna,
          "JNA must be <type>aar</type> (its native part for each ABI) of version " + args.jna)
    for key in (("org.jetbrains.kotlinx", "kotlinx-coroutines-android"), ("org.jetbrains.kotlin", "kotlin-stdlib"),
                ("androidx.annotation", "annotation")):
        check(f"POM: {key[0]}:{key[1]}", key in deps and bool(text(deps[key], "version")))

    failed = results.count(False)
    print(f"aar: {len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
