// Test fixture: the project's sandbox server (tests/sandbox), spawned per test.
//
// The sandbox binary prints `listening on http://127.0.0.1:PORT` as its first stdout
// line and exits when its stdin closes, so the fixture owns it by holding the pipe.
// Its control endpoints (/__sandbox/*) are called with Foundation's URLSession, here
// in the tests only: the binding itself does all its HTTP in Rust.
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import XCTest

struct SandboxError: Error, CustomStringConvertible {
    let description: String
}

final class Sandbox {
    /// Base URL of the fake API, e.g. `http://127.0.0.1:40123`.
    let url: String
    let token: String

    private let process: Process
    private let stdinPipe: Pipe
    private let session: URLSession

    /// Path of the sandbox binary: $FASTLY_SANDBOX_BIN (set by swift/run-tests.sh), or
    /// the workspace's target/debug/fastly-sandbox relative to this file.
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["FASTLY_SANDBOX_BIN"], !path.isEmpty {
            return path
        }
        return URL(fileURLWithPath: #filePath)
            .appendingPathComponent("../../../../target/debug/fastly-sandbox")
            .standardizedFileURL.path
    }

    init(token: String = "sandbox-token", arguments: [String] = []) throws {
        self.token = token
        process = Process()
        process.executableURL = URL(fileURLWithPath: Sandbox.binary)
        process.arguments = ["--port", "0", "--token", token] + arguments
        stdinPipe = Pipe()
        let stdoutPipe = Pipe()
        process.standardInput = stdinPipe
        process.standardOutput = stdoutPipe
        try process.run()

        // First stdout line: "listening on http://127.0.0.1:PORT".
        var line = Data()
        let reader = stdoutPipe.fileHandleForReading
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = reader.availableData
            if chunk.isEmpty { break }  // EOF: the sandbox died
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self)
            .split(separator: "\n").first.map(String.init) ?? ""
        let prefix = "listening on "
        guard text.hasPrefix(prefix) else {
            try? stdinPipe.fileHandleForWriting.close()
            process.waitUntilExit()
            throw SandboxError(description: "the sandbox at \(Sandbox.binary) printed \(text.debugDescription), not its listening line")
        }
        url = String(text.dropFirst(prefix.count))

        let config = URLSessionConfiguration.ephemeral
        config.timeoutIntervalForRequest = 15
        session = URLSession(configuration: config)
    }

    /// Closes the sandbox's stdin (it exits on EOF) and waits for it.
    func stop() {
        try? stdinPipe.fileHandleForWriting.close()
        process.waitUntilExit()
        session.invalidateAndCancel()
    }

    // MARK: control endpoints

    /// One synchronous HTTP call to the sandbox; returns status and body.
    @discardableResult
    func call(_ method: String, _ path: String, json: Any? = nil, headers: [String: String] = [:]) throws -> (status: Int, body: Data) {
        var request = URLRequest(url: URL(string: url + path)!)
        request.httpMethod = method
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        if let json = json {
            request.httpBody = try JSONSerialization.data(withJSONObject: json)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let done = DispatchSemaphore(value: 0)
        let outcome = Locked<Result<(Int, Data), Error>?>(nil)
        session.dataTask(with: request) { data, response, error in
            outcome.withValue {
                if let error = error {
                    $0 = .failure(error)
                } else {
                    $0 = .success(((response as? HTTPURLResponse)?.statusCode ?? 0, data ?? Data()))
                }
            }
            done.signal()
        }.resume()
        done.wait()
        return try outcome.current!.get()
    }

    @discardableResult
    func control(_ method: String, _ path: String, json: Any? = nil) throws -> Any? {
        let (status, body) = try call(method, "/__sandbox/" + path, json: json)
        guard (200..<300).contains(status) else {
            throw SandboxError(description: "\(method) /__sandbox/\(path) answered \(status): \(String(decoding: body, as: UTF8.self))")
        }
        return body.isEmpty ? nil : try JSONSerialization.jsonObject(with: body)
    }

    /// Arms a fault rule, e.g. `arm(["type": "status", "status": 403], path: "/current_user")`.
    func arm(_ fault: [String: Any], method: String? = nil, path: String? = nil, times: Int = 1, forever: Bool = false) throws {
        var rule: [String: Any] = ["fault": fault, "times": times, "forever": forever]
        if let method = method { rule["method"] = method }
        if let path = path { rule["path"] = path }
        try control("POST", "faults", json: rule)
    }

    func seed() throws -> Seed {
        let object = try control("GET", "seed") as? [String: Any] ?? [:]
        return Seed(object)
    }

    /// The request log: one dictionary per API request.
    func requests() throws -> [[String: Any]] {
        let object = try control("GET", "requests") as? [String: Any]
        return object?["requests"] as? [[String: Any]] ?? []
    }

    /// The logged requests to `method path`, in arrival order (a request is logged
    /// once the sandbox has answered it).
    func attempts(_ path: String, method: String = "GET") throws -> [[String: Any]] {
        try requests().filter { $0["path"] as? String == path && $0["method"] as? String == method }
    }

    /// The statuses of the logged requests to `method path`, in order.
    func statuses(_ path: String, method: String = "GET") throws -> [Int?] {
        try attempts(path, method: method).map { $0["status"] as? Int }
    }

    /// The faults of the logged requests to `method path`, in order (nil: none).
    func faults(_ path: String, method: String = "GET") throws -> [String?] {
        try attempts(path, method: method).map { $0["fault"] as? String }
    }

    /// What the redirect target (the sandbox's canary listener, another host) received.
    func canaryRequests() throws -> [Any] {
        let canary = try control("GET", "canary") as? [String: Any]
        return canary?["requests"] as? [Any] ?? []
    }

    /// Waits until the request that got `fault` on `path` is in the log: for a delay the
    /// sandbox logs it when it answers, after the client has given up.
    func awaitRecord(_ path: String, fault: String, method: String = "GET") throws {
        let deadline = Date().addingTimeInterval(15)
        while try !faults(path, method: method).contains(fault) {
            guard Date() < deadline else {
                throw SandboxError(description: "the \(fault) request to \(path) was never logged")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    func clearRequests() throws {
        try control("DELETE", "requests")
    }

    func settings(_ settings: [String: Any]) throws {
        try control("PUT", "settings", json: settings)
    }

    /// Which API the sandbox imitates: "live" (the default, and after a reset) or "seed".
    func style(_ style: String) throws {
        try settings(["style": style])
    }

    /// Back to the seed: data, faults, request log and settings.
    func reset() throws {
        try control("POST", "reset")
    }

    /// Plants raw JSON values into a served record (`POST /__sandbox/patch`), e.g.
    /// `patch("user", id: id, fields: ["locked": 1])`.
    func patch(_ resource: String, id: String, fields: [String: Any]) throws {
        try control("POST", "patch", json: ["resource": resource, "id": id, "fields": fields])
    }
}

/// The ids of the sandbox's seed data (`GET /__sandbox/seed`).
struct Seed {
    let customerId: String
    let ownerUserId: String
    let userIdsByRole: [String: [String]]
    let roleIds: [String]
    let serviceGroupIds: [String]
    let userGroupIds: [String]
    /// The seeded API tokens, the sandbox's own (`selfTokenId`) first.
    let tokenIds: [String]
    let selfTokenId: String
    /// The seeded invitations, in `GET /invitations` order.
    let invitationIds: [String]
    /// The services, in seed order (what a service group may hold).
    let serviceIds: [String]
    /// The permission table, in `GET /permissions` order.
    let permissionIds: [String]
    /// A service group with 12 services (4 pages at perPage 3).
    let multiPageServiceGroupId: String
    /// A user group with 7 members, one an invitation (3 pages at perPage 3).
    let multiPageUserGroupId: String
    let usersTotal: Int
    /// The owner's login and password, and a user with two-factor authentication
    /// (login, password, the one-time code the sandbox accepts): logging in.
    let ownerLogin: String
    let ownerPassword: String
    let twoFactorLogin: String
    let twoFactorPassword: String
    let oneTimeCode: String
    let rolesTotal: Int
    let serviceGroupsTotal: Int
    let userGroupsTotal: Int

    init(_ json: [String: Any]) {
        customerId = json["customer_id"] as? String ?? ""
        ownerUserId = json["owner_user_id"] as? String ?? ""
        userIdsByRole = json["user_ids_by_role"] as? [String: [String]] ?? [:]
        roleIds = json["role_ids"] as? [String] ?? []
        serviceGroupIds = json["service_group_ids"] as? [String] ?? []
        userGroupIds = json["user_group_ids"] as? [String] ?? []
        tokenIds = json["token_ids"] as? [String] ?? []
        selfTokenId = json["self_token_id"] as? String ?? ""
        invitationIds = json["invitation_ids"] as? [String] ?? []
        serviceIds = json["service_ids"] as? [String] ?? []
        permissionIds = json["permission_ids"] as? [String] ?? []
        multiPageServiceGroupId = json["multi_page_service_group_id"] as? String ?? ""
        multiPageUserGroupId = json["multi_page_user_group_id"] as? String ?? ""
        usersTotal = json["users_total"] as? Int ?? -1
        ownerLogin = json["owner_login"] as? String ?? ""
        ownerPassword = json["owner_password"] as? String ?? ""
        twoFactorLogin = json["two_factor_login"] as? String ?? ""
        twoFactorPassword = json["two_factor_password"] as? String ?? ""
        oneTimeCode = json["one_time_code"] as? String ?? ""
        rolesTotal = json["roles_total"] as? Int ?? -1
        serviceGroupsTotal = json["service_groups_total"] as? Int ?? -1
        userGroupsTotal = json["user_groups_total"] as? Int ?? -1
    }
}

/// A loopback port with nothing listening: bound, then closed again.
func closedLoopbackPort() throws -> UInt16 {
    #if canImport(Glibc)
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
    let fd = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    guard fd >= 0 else { throw SandboxError(description: "socket() failed") }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Int32 in
            guard bind(fd, pointer, length) == 0 else { return -1 }
            return getsockname(fd, pointer, &length)
        }
    }
    guard bound == 0 else { throw SandboxError(description: "bind() failed") }
    return UInt16(bigEndian: address.sin_port)
}
