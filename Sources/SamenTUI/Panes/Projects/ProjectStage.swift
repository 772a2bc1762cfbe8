import SamenCore

/// The pipeline as the Projects pane shows it: one stage per step, and the
/// three ways out (declined, lost, cancelled) together, since none of them
/// asks anything more of anyone.
enum ProjectStage: Int, CaseIterable, Equatable {
    case incoming, proposal, active, done, closed

    init(_ status: ProjectStatus) {
        switch status {
        case .incoming: self = .incoming
        case .proposal: self = .proposal
        case .active: self = .active
        case .done: self = .done
        case .declined, .lost, .cancelled: self = .closed
        }
    }

    var title: String { ProjectsWords.stage(self).text }

    /// For the stage bar when the whole titles do not fit.
    var shortTitle: String { ProjectsWords.stageShort(self).text }

    /// Open work is a queue (what waits longest comes first); finished work
    /// is an archive (the most recent first).
    var isOpen: Bool { self == .incoming || self == .proposal || self == .active }

    func next(by delta: Int) -> ProjectStage {
        let n = Self.allCases.count
        return ProjectStage(rawValue: ((rawValue + delta) % n + n) % n)!
    }
}

/// How a stage's projects are ordered (`s` cycles).
enum ProjectSort: CaseIterable, Equatable {
    /// By when it came in: oldest first in open stages, newest first in closed ones.
    case age
    /// By the first day of work: soonest first in open stages, latest first in closed ones.
    case start
    /// By estimated hours, largest first.
    case size

    func label(for stage: ProjectStage) -> String { ProjectsWords.sort(self, open: stage.isOpen).text }

    var next: ProjectSort { Self.allCases[(Self.allCases.firstIndex(of: self)! + 1) % Self.allCases.count] }
}
