// swift-tools-version:5.9
//
// A consumer of the Swift package `FastlyAccount` (the repository's swift/ folder), as a
// user's package would be: it depends on the package and its `FastlyAccount` product and
// calls the project's sandbox from its XCTest target.
//
// This package is a folder of its own (not tests/consumers/swift itself) because SwiftPM
// names a package by its folder: two packages both in folders named `swift` would be one.
//
// The dependency is by path, which is how SwiftPM consumes a local package (and the only
// way it accepts swift/Package.swift's linker flags, see swift/README.md). A user of a
// released version writes instead
//     .package(url: "<the package's git URL>", from: "0.1.0")
// with the XCFramework binary target of docs/packaging.md.
//
// tests/consumers/swift/run.sh builds the Rust library, generates the bindings into
// swift/Sources, starts a sandbox and runs `swift test` here (FASTLY_SANDBOX_URL,
// FASTLY_SANDBOX_TOKEN).
import PackageDescription

let package = Package(
    name: "FastlyAccountConsumer",
    dependencies: [
        .package(path: "../../../../swift"),
    ],
    targets: [
        .testTarget(
            name: "ConsumerTests",
            dependencies: [.product(name: "FastlyAccount", package: "swift")],
            path: "Tests/ConsumerTests"
        ),
    ]
)
