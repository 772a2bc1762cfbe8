/// Unit-2's applicant (issue 16): Lieke, a podcast maker Fleur worked with,
/// applied twelve days ago. Three members gave their view and Fleur noted two
/// of the three criteria; "open to the experiment" is still open, so a
/// newcomer on the demo can note it, give a view and decide, as Eric.
extension Unit2Demo {
    static let applicant = Member(
        id: "lieke", name: "Lieke Kuipers", role: .applicant, skills: ["podcast", "audio", "copywriting"], seniority: .medior,
        city: "Leiden", email: "lieke@example.org", pitch: "Makes podcasts and audio tours that people listen to until the end.",
        involvement: .weekly, joined: Day(year: 2000, month: 1, day: 1)!, application: Application(introducedBy: "fleur", appliedOn: Day(year: 2000, month: 1, day: 1)!))

    static func admission(_ h: inout DemoHistory) {
        h.on(h.day(-12), hour: 16, by: "fleur", .addApplicant(applicant))
        func view(_ by: String, _ stance: ApplicantView.Stance, _ note: String, on day: Int) {
            h.on(h.day(day), hour: 11, by: by, .viewApplicant(applicant: "lieke", ApplicantView(by: by, stance: stance, note: note, on: h.day(day))))
        }
        func note(_ criterion: String, _ by: String, _ text: String, on day: Int) {
            h.on(h.day(day), hour: 12, by: by, .noteCriterion(applicant: "lieke", CriterionNote(criterion: criterion, by: by, note: text, on: h.day(day))))
        }
        note(AdmissionCriterion.inHouseID, "fleur", "Nobody here makes podcasts; we sent two audio jobs outside this year.", on: -11)
        note("own-feet", "fleur", "Own clients: two libraries and a local radio station. Teaches one day a week.", on: -11)
        view("fleur", .for, "Made the library's podcast with me; easy to work with.", on: -11)
        view("joost", .question, "Would she rent a desk, or mostly work from home?", on: -8)
        view("anais", .for, "The audio tour needed exactly her.", on: -5)
    }

    /// The Dutch of the texts above, for a Dutch demo (`DemoDutch.text`).
    static let admissionDutch: [String: String] = [
        "Makes podcasts and audio tours that people listen to until the end.":
            "Maakt luisterseries en audiotours waar mensen tot het eind naar luisteren.",
        "Nobody here makes podcasts; we sent two audio jobs outside this year.":
            "Niemand hier maakt luisterseries; we hebben dit jaar twee audioklussen buiten de deur gelaten.",
        "Own clients: two libraries and a local radio station. Teaches one day a week.":
            "Eigen klanten: twee bibliotheken en een lokale omroep. Geeft één dag per week les.",
        "Made the library's podcast with me; easy to work with.":
            "Maakte de podcast van de bibliotheek met mij; fijn om mee te werken.",
        "Would she rent a desk, or mostly work from home?":
            "Huurt ze een werkplek, of werkt ze vooral thuis?",
        "The audio tour needed exactly her.":
            "Voor de audiotour hadden we precies haar nodig.",
    ]
}
