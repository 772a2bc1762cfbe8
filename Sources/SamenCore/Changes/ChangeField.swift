/// The part of a change a refusal is about, as a typed value: the dashboard
/// shows the rule's words beside the field the person typed it in, without
/// reading the words to guess which field they name (issue 13).
///
/// The raw value is the key the dashboard's forms give that field, so a form
/// field answers its namesake without a table; a form whose field is called
/// otherwise (the asker of a request is its `from`) says which it answers.
/// Nil on a refusal means the change as a whole (a closed project, who may
/// act): the form shows it below its fields.
public enum ChangeField: String, Sendable, Equatable, CaseIterable {
    // Members
    case name, city, login, email, phone, skills, desks, role, pitch
    /// Contracted hours a week, the hours of an allocation or a request, a project's estimate.
    case hours
    /// The day new contracted hours start.
    case hoursFrom
    /// The clients a member will not work for.
    case declines
    /// The kinds of work a member wants more of.
    case wantsMore
    /// The day a member leaves.
    case leaveDay = "on"
    /// The first day of time off being added.
    case firstDay = "from"
    /// Time off being taken back, named by its first day.
    case period
    // Projects
    case title, client, description, start, weeks, budget, reason, note, lead, source
    /// Maximum travel, in kilometres.
    case travel
    /// A member named in the change: the one staffed, whose revenue, who asks.
    case member
    // Requests
    case text, topic, deadline
    // Money
    case amount, date, kind, category, planned, project
    /// The members a cost is shared among.
    case members
}
