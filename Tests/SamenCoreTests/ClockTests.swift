import Foundation
import Testing
@testable import SamenCore

/// `SAMEN_TODAY` and `SAMEN_NOW` pin the clock for tests and screenshots.
@Suite("Pinned clock")
struct ClockTests {
    @Test func pinnedNow() {
        #expect(Timestamp.now(environment: ["SAMEN_NOW": "2030-05-06T09:15:00Z"]).iso == "2030-05-06T09:15:00Z")
        // Not a moment: the clock, as when nothing is pinned.
        let real = Int64(Date().timeIntervalSince1970)
        #expect(abs(Timestamp.now(environment: ["SAMEN_NOW": "2030-05-06"]).secondsSinceEpoch - real) < 60)
        #expect(abs(Timestamp.now(environment: [:]).secondsSinceEpoch - real) < 60)
    }
}
