// swift-tools-version:5.9
//
// The Swift binding of fastly-account: UniFFI-generated Swift over the Rust library.
//
// Nothing generated is committed. `swift/run-tests.sh` builds the Rust library with
// cargo, generates the bindings with the workspace's uniffi-bindgen and places them:
//   Sources/FastlyAccount/Generated/FastlyAccount.swift      (the Swift API)
//   Sources/FastlyAccountFFI/include/FastlyAccountFFI.h      (the C ABI)
//   Sources/FastlyAccountFFI/include/module.modulemap
// The library is linked from $FASTLY_ACCOUNT_LIB_DIR (default: ../target/debug, where
// `cargo build -p fastly-account-uniffi` puts libfastly_account_uniffi.so/.dylib/.a),
// with an rpath so the tests find the shared library at run time (swift/run-bench.sh
// sets it to ../target/release for the benchmark driver, FastlyAccountBench).
// For iOS and other app packaging see README.md (XCFramework from the staticlib).
import Foundation
import PackageDescription

let packageDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
let rustLibDir = ProcessInfo.processInfo.environment["FASTLY_ACCOUNT_LIB_DIR"]
    ?? packageDir.appendingPathComponent("../target/debug").standardizedFileURL.path

let package = Package(
    name: "FastlyAccount",
    products: [
        .library(name: "FastlyAccount", targets: ["FastlyAccount"]),
    ],
    targets: [
        // The generated C header and module map of the Rust library's C ABI.
        .target(
            name: "FastlyAccountFFI",
            path: "Sources/FastlyAccountFFI"
        ),
        // The generated Swift API (plus a thin documented extension, no logic).
        .target(
            name: "FastlyAccount",
            dependencies: ["FastlyAccountFFI"],
            path: "Sources/FastlyAccount",
            linkerSettings: [
                .linkedLibrary("fastly_account_uniffi"),
                .unsafeFlags(["-L", rustLibDir, "-Xlinker", "-rpath", "-Xlinker", rustLibDir]),
            ]
        ),
        // The benchmark driver of tests/bench/run.py (swift/run-bench.sh builds it with
        // -c release against the release Rust library). An executable target of this
        // package only: no product, so nothing that depends on FastlyAccount gets it.
        .executableTarget(
            name: "FastlyAccountBench",
            dependencies: ["FastlyAccount"],
            path: "Sources/FastlyAccountBench"
        ),
        .testTarget(
            name: "FastlyAccountTests",
            dependencies: ["FastlyAccount"],
            path: "Tests/FastlyAccountTests"
        ),
    ]
)
