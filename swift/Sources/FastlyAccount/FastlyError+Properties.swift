// A thin, documented extension of the generated Swift API (no logic of its own).
//
// FastlyError is a class (UniFFI's `[Error] interface`). On Linux, Swift's Foundation
// before 6.2 crashes on `localizedDescription` of ANY class that conforms to Error
// (swift-corelibs-foundation issue 5221, fixed in Swift 6.2). Debian trixie ships Swift
// 6.0.3. This member makes `error.localizedDescription` safe wherever the error is typed
// as FastlyError (`catch let error as FastlyError`); it returns the same readable
// sentence as `String(describing: error)`. Through a plain `Error` (`catch { ... }`) the
// toolchain's own version is still used there: print `String(describing: error)` instead.
// On Apple platforms and Swift 6.2+ nothing here is compiled.
#if !canImport(Darwin) && !compiler(>=6.2)
import Foundation

extension FastlyError {
    /// The error as a readable sentence (same as `description`).
    public var localizedDescription: String { description }
}
#endif
