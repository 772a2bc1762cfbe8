import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real-user harness itself: if switching users silently ran as root,
/// every security test built on it would pass for the wrong reason.
@Suite struct UnixUsersTests {
    @Test(.enabled(if: UnixUsers.available)) func aCommandRunsAsTheOtherUserNotAsRoot() throws {
        #expect(UnixUsers.ensured)
        let dir = UnixUsers.scratchDirectory("samen-users")
        defer { SamenBinary.remove(dir) }
        let r = try UnixUsers.run(as: UnixUsers.alice, ["init", "--data", dir + "/net", "--name", "Test"])
        #expect(r.status == 0, "\(r.stderr)")
        var st = stat()
        #expect(stat(dir + "/net/network.json", &st) == 0)
        #expect(st.st_uid == UnixUsers.uid(UnixUsers.alice))
    }
}
