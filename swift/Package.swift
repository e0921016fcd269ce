// swift-tools-version:5.9
//
// The Swift binding of fastly-account: UniFFI-generated Swift over the Rust library.
//
// Nothing generated is committed. `swift/run-tests.sh` builds the Rust library with
// cargo, generates the bindings with the workspace's uniffi-bindgen and places them:
//   Sources/FastlyAccount/Generated/FastlyAccount.swift      (the Swift API)
//   Sources/FastlyAccountFFI/include/FastlyAccountFFI.h      (the C ABI)
//   Sources/FastlyAccountFFI/include/module.modulemap
// and the same three files of the testing kit's library (crate bindings/uniffi-testing,
// libfastly_account_testing_uniffi, from the same lib dir) under
// Sources/FastlyAccountTesting/Generated and Sources/FastlyAccountTestingFFI/include.
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
        // The testing kit, for test targets only: the in-process sandbox with its own
        // native library (fastly_account_testing_uniffi); FastlyAccount carries no server.
        .library(name: "FastlyAccountTesting", targets: ["FastlyAccountTesting"]),
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
        // The testing kit: the generated C header and module map of its library ...
        .target(
            name: "FastlyAccountTestingFFI",
            path: "Sources/FastlyAccountTestingFFI"
        ),
        // ... the generated Swift (Sandbox, Fault, SandboxRequest, SandboxError), plus a thin
        // extension: Sandbox.client() and asyncClient() build FastlyAccount clients.
        .target(
            name: "FastlyAccountTesting",
            dependencies: ["FastlyAccountTestingFFI", "FastlyAccount"],
            path: "Sources/FastlyAccountTesting",
            linkerSettings: [
                .linkedLibrary("fastly_account_testing_uniffi"),
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
        .testTarget(
            name: "FastlyAccountTestingTests",
            dependencies: ["FastlyAccountTesting", "FastlyAccount"],
            path: "Tests/FastlyAccountTestingTests"
        ),
    ]
)
