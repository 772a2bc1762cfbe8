/// The details of an assignment that an edit may change; nil leaves a field
/// alone. The team, the lead and the status have changes of their own, so
/// the decision log says who staffed or moved it apart from who fixed a typo.
public struct ProjectEdit: Sendable, Equatable {
    public var project: Int
    public var title: String?
    public var client: String?
    public var description: String?
    public var skills: [String]?
    public var estimatedHours: Hours?
    /// A new first day; the project keeps its number of weeks unless `weeks` is given too.
    public var start: Day?
    public var weeks: Int?
    public var city: String?
    public var budget: Money?
    /// Takes the budget off (a budget of zero would say the client pays nothing).
    public var clearBudget = false
    public var maxTravelKm: Int?
    public var clearMaxTravel = false

    public init(project: Int) { self.project = project }

    public var isEmpty: Bool {
        title == nil && client == nil && description == nil && skills == nil && estimatedHours == nil && start == nil
            && weeks == nil && city == nil && budget == nil && !clearBudget && maxTravelKm == nil && !clearMaxTravel
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("project", project); b.set("title", title); b.set("client", client); b.set("description", description)
        if let skills { b.set("skills", skills) }
        b.set("estimatedHours", estimatedHours); b.set("start", start); b.set("weeks", weeks); b.set("city", city)
        b.set("budget", budget); if clearBudget { b.set("clearBudget", true) }
        b.set("maxTravelKm", maxTravelKm); if clearMaxTravel { b.set("clearMaxTravel", true) }
        return b.value
    }
}
