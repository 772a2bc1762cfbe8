import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI
#if canImport(Glibc)
import Glibc
#endif

/// A save from the dashboard that has to wait for someone else's lock says
/// so in the status line, not in silence, and gives up without writing.
@Suite("Dashboard waiting for the lock", .serialized)
struct LockWaitDashboardTests {
    @Test func theStatusLineSaysWhomItWaitsForThenThatItGaveUp() throws {
        try TUIFixture.withStore { store, dir in
            store.lockPolicy.timeout = 1.5
            // Someone else's save, holding the lock for as long as this test runs.
            let other = try DirectoryLock(directory: dir, mode: 0o660)
            try other.lock(exclusive: true, policy: LockPolicy(timeout: 1), directory: dir)
            defer { other.clearHolder(); other.unlock() }
            let history = try String(contentsOfFile: dir + "/history.jsonl", encoding: .utf8)

            let (_, backend) = try TriageKeysTests.run(store, Keys.press(.char("a"), .enter, .char("y")))
            let login = getpwuid(geteuid()).map { String(cString: $0.pointee.pw_name) } ?? ""
            let waiting = "waiting for the lock on \(dir) held by pid \(getpid()) (\(login))… (gives up if that holder keeps it 1.5 s)"
            #expect(backend.frames.contains { $0.text.contains(waiting) }, "\(backend.lastScreen)")
            #expect(backend.lastScreen.contains("gave up after 1.5 s waiting for the lock"), "\(backend.lastScreen)")
            #expect(try String(contentsOfFile: dir + "/history.jsonl", encoding: .utf8) == history)
        }
    }
}
