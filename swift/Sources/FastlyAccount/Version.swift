/// The version of this Swift package: the same number as the Rust crate, the Python
/// package and the Maven artifact (`tests/release/check_version.py` keeps them equal).
public let fastlyAccountVersion = "0.1.0"
