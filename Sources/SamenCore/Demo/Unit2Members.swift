/// The 39 members of the Unit-2 demo. Eric Went is real (he started the
/// collective in 2007 and is its main tenant); everyone else is invented, with
/// the mix the seed describes: communication professionals of every kind, some
/// in the unit daily, some rarely, from Leiden and around.
enum Unit2Members {
    /// One member as written in the table below.
    struct Row {
        var id: String
        var name: String
        var skills: [String]
        var seniority: Seniority
        var city: String
        var involvement: Involvement
        var hours: Int
        var desks: Int
        /// Months before today they joined; nil for the founders, who joined in 2007.
        var monthsAgo: Int?
        var login: Bool = false
        var pitch: String
    }

    // Seven founders rented the first space with Eric; the rest joined over the years,
    // a few recently enough that the rent split changes within the demo's two years.
    static let rows: [Row] = [
        Row(id: "eric", name: "Eric Went", skills: ["journalism", "editing", "copywriting"], seniority: .senior, city: "Leiden",
            involvement: .daily, hours: 24, desks: 1, monthsAgo: nil, login: true,
            pitch: "Journalist who turns a tangled story into a clear one, on deadline."),
        Row(id: "marieke", name: "Marieke Janssen", skills: ["marketing", "strategy", "branding"], seniority: .senior, city: "Oegstgeest",
            involvement: .weekly, hours: 16, desks: 1, monthsAgo: nil, login: true,
            pitch: "Marketing strategist for public organisations that have to explain themselves."),
        Row(id: "sanne", name: "Sanne Visser", skills: ["photography"], seniority: .senior, city: "Katwijk",
            involvement: .weekly, hours: 12, desks: 1, monthsAgo: nil,
            pitch: "Photographs people at work so that they forget the camera is there."),
        Row(id: "joost", name: "Joost van den Berg", skills: ["web", "ux"], seniority: .senior, city: "Leiden",
            involvement: .daily, hours: 32, desks: 2, monthsAgo: nil, login: true,
            pitch: "Builds fast, accessible websites and keeps them running for years."),
        Row(id: "bas", name: "Bas Smit", skills: ["design", "branding"], seniority: .senior, city: "Haarlem",
            involvement: .monthly, hours: 8, desks: 0, monthsAgo: nil,
            pitch: "Designs identities for small companies that want to look like themselves."),
        Row(id: "pieter", name: "Pieter de Jong", skills: ["copywriting", "strategy"], seniority: .senior, city: "Alphen aan den Rijn",
            involvement: .rarely, hours: 4, desks: 0, monthsAgo: nil,
            pitch: "Copywriter with thirty years of clients; brings in work from a wide network."),
        Row(id: "ingrid", name: "Ingrid Bos", skills: ["editing", "translation"], seniority: .senior, city: "Oegstgeest",
            involvement: .monthly, hours: 8, desks: 0, monthsAgo: nil,
            pitch: "Final editor: nothing leaves her desk with a mistake in it, in Dutch or English."),
        Row(id: "maarten", name: "Maarten de Graaf", skills: ["journalism", "editing"], seniority: .senior, city: "Den Haag",
            involvement: .rarely, hours: 4, desks: 0, monthsAgo: nil,
            pitch: "Political reporter who knows how The Hague works and who to call."),
        Row(id: "zoe", name: "Zoë de Vries", skills: ["illustration", "infographics", "design"], seniority: .medior, city: "Leiden",
            involvement: .daily, hours: 20, desks: 1, monthsAgo: 130, login: true,
            pitch: "Draws complicated things simply: explainers, infographics, editorial illustration."),
        Row(id: "thijs", name: "Thijs Bakker", skills: ["illustration", "animation"], seniority: .medior, city: "Leiderdorp",
            involvement: .weekly, hours: 16, desks: 1, monthsAgo: 96,
            pitch: "Illustrator and animator of short explainer films with a hand-drawn feel."),
        Row(id: "anais", name: "Anaïs Laurent", skills: ["translation", "copywriting", "editing"], seniority: .senior, city: "Den Haag",
            involvement: .weekly, hours: 12, desks: 1, monthsAgo: 118,
            pitch: "Translates French and English into Dutch that reads as if it was written in it."),
        Row(id: "emre", name: "Emre Çelik", skills: ["film", "video", "animation"], seniority: .medior, city: "Den Haag",
            involvement: .daily, hours: 24, desks: 1, monthsAgo: 84, login: true,
            pitch: "Films and edits short documentaries and event reports, same day if needed."),
        Row(id: "mei", name: "林美玲", skills: ["ux", "web", "design"], seniority: .medior, city: "Leiden",
            involvement: .daily, hours: 28, desks: 1, monthsAgo: 40, login: true,
            pitch: "UX designer who tests with real users before anyone writes a line of code."),
        Row(id: "fleur", name: "Fleur Mulder", skills: ["pr", "social-media"], seniority: .medior, city: "Voorschoten",
            involvement: .weekly, hours: 16, desks: 1, monthsAgo: 75,
            pitch: "Gets local news and social media talking about your opening, campaign or cause."),
        Row(id: "noor", name: "Noor El Amrani", skills: ["journalism", "social-media", "video"], seniority: .junior, city: "Den Haag",
            involvement: .daily, hours: 20, desks: 1, monthsAgo: 20,
            pitch: "Young reporter who tells a story in a minute of vertical video."),
        Row(id: "lotte", name: "Lotte Hendriks", skills: ["illustration", "design"], seniority: .junior, city: "Leiden",
            involvement: .daily, hours: 24, desks: 1, monthsAgo: 14,
            pitch: "Illustrator of children's books and friendly public information."),
        Row(id: "ruben", name: "Ruben Kok", skills: ["film", "video", "photography"], seniority: .medior, city: "Leiderdorp",
            involvement: .weekly, hours: 16, desks: 1, monthsAgo: 66,
            pitch: "Camera and edit for corporate film that people actually watch to the end."),
        Row(id: "youssef", name: "Youssef Haddad", skills: ["infographics", "design", "web"], seniority: .medior, city: "Den Haag",
            involvement: .weekly, hours: 16, desks: 1, monthsAgo: 58,
            pitch: "Turns spreadsheets into interactive charts for reports and websites."),
        Row(id: "femke", name: "Femke de Wit", skills: ["marketing", "social-media"], seniority: .medior, city: "Katwijk",
            involvement: .weekly, hours: 12, desks: 1, monthsAgo: 50,
            pitch: "Runs campaigns for local businesses on a small budget and measures what works."),
        Row(id: "daan", name: "Daan Peters", skills: ["animation", "illustration"], seniority: .medior, city: "Leiden",
            involvement: .daily, hours: 24, desks: 1, monthsAgo: 70,
            pitch: "Motion designer: animated logos, explainers and title sequences."),
        Row(id: "hanna", name: "Hanna Schmidt", skills: ["ux", "strategy"], seniority: .senior, city: "Haarlem",
            involvement: .monthly, hours: 8, desks: 0, monthsAgo: 62,
            pitch: "Service designer who maps the whole customer journey, not just the website."),
        Row(id: "jeroen", name: "Jeroen Dekker", skills: ["photography", "video"], seniority: .medior, city: "Alphen aan den Rijn",
            involvement: .weekly, hours: 12, desks: 1, monthsAgo: 88,
            pitch: "Event and portrait photographer, also at home behind a video camera."),
        Row(id: "esther", name: "Esther van Leeuwen", skills: ["pr", "copywriting"], seniority: .senior, city: "Leiden",
            involvement: .weekly, hours: 16, desks: 1, monthsAgo: 110,
            pitch: "Press officer for hire: press releases, media training and crisis communication."),
        Row(id: "koen", name: "Koen Brouwer", skills: ["web"], seniority: .junior, city: "Leiden",
            involvement: .daily, hours: 32, desks: 1, monthsAgo: 9,
            pitch: "Front-end developer who likes clean HTML and fast pages."),
        Row(id: "lisa", name: "Lisa Vermeulen", skills: ["branding", "design"], seniority: .medior, city: "Voorschoten",
            involvement: .weekly, hours: 16, desks: 1, monthsAgo: 45,
            pitch: "Packaging and brand designer for food and retail."),
        Row(id: "saskia", name: "Saskia Meijer", skills: ["strategy", "marketing"], seniority: .senior, city: "Leiden",
            involvement: .weekly, hours: 12, desks: 1, monthsAgo: 100,
            pitch: "Writes communication strategies that a board can decide on in one meeting."),
        Row(id: "tim", name: "Tim van Dijk", skills: ["video", "film"], seniority: .junior, city: "Katwijk",
            involvement: .daily, hours: 16, desks: 1, monthsAgo: 26,
            pitch: "Video editor and camera operator, quick with subtitles and social cuts."),
        Row(id: "olga", name: "Olga Nowak", skills: ["illustration", "infographics"], seniority: .senior, city: "Leiden",
            involvement: .monthly, hours: 8, desks: 0, monthsAgo: 122,
            pitch: "Scientific illustrator: anatomy, biology and anything seen through a microscope."),
        Row(id: "wouter", name: "Wouter Jacobs", skills: ["copywriting", "web"], seniority: .medior, city: "Oegstgeest",
            involvement: .weekly, hours: 16, desks: 1, monthsAgo: 54,
            pitch: "Web copy and SEO that read well for people first."),
        Row(id: "iris", name: "Iris van der Linden", skills: ["social-media", "marketing"], seniority: .junior, city: "Leiderdorp",
            involvement: .daily, hours: 20, desks: 1, monthsAgo: 16,
            pitch: "Plans and fills social-media calendars, and answers the comments too."),
        Row(id: "gijs", name: "Gijs Hoekstra", skills: ["photography", "drone"], seniority: .medior, city: "Haarlem",
            involvement: .rarely, hours: 4, desks: 0, monthsAgo: 92,
            pitch: "Architecture and landscape photographer with a drone licence."),
        Row(id: "nadia", name: "Nadia Benali", skills: ["translation", "editing"], seniority: .medior, city: "Den Haag",
            involvement: .weekly, hours: 12, desks: 1, monthsAgo: 38,
            pitch: "Translates Arabic, French and Dutch for public services and museums."),
        Row(id: "rik", name: "Rik Willems", skills: ["ux", "web"], seniority: .senior, city: "Leiden",
            involvement: .weekly, hours: 16, desks: 1, monthsAgo: 80,
            pitch: "Interaction designer for apps and portals that civil servants must use daily."),
        Row(id: "chloe", name: "Chloé Dubois", skills: ["film", "pr"], seniority: .medior, city: "Leiden",
            involvement: .weekly, hours: 12, desks: 1, monthsAgo: 30,
            pitch: "Documentary maker who also knows how to get the film seen."),
        Row(id: "martijn", name: "Martijn Koster", skills: ["branding", "strategy", "design"], seniority: .senior, city: "Alphen aan den Rijn",
            involvement: .monthly, hours: 8, desks: 1, monthsAgo: 105,
            pitch: "Brand strategist who starts with what the organisation stands for."),
        Row(id: "eva", name: "Eva Prins", skills: ["journalism", "copywriting"], seniority: .junior, city: "Leiden",
            involvement: .daily, hours: 24, desks: 1, monthsAgo: 7,
            pitch: "Interviews and writes portraits; fast enough for a congress newsletter overnight."),
        Row(id: "arjen", name: "Arjen Post", skills: ["infographics", "animation"], seniority: .medior, city: "Leiden",
            involvement: .weekly, hours: 16, desks: 1, monthsAgo: 60,
            pitch: "Data animation: makes numbers move so an audience remembers them."),
        Row(id: "yara", name: "Yara Sedney", skills: ["pr", "social-media", "strategy"], seniority: .medior, city: "Voorschoten",
            involvement: .weekly, hours: 12, desks: 1, monthsAgo: 34,
            pitch: "Trains entrepreneurs to do their own PR and social media with confidence."),
        Row(id: "stefan", name: "Stefan Kuipers", skills: ["web", "ux"], seniority: .medior, city: "Katwijk",
            involvement: .weekly, hours: 16, desks: 1, monthsAgo: 48,
            pitch: "Back-end and hosting: the part of the website nobody sees until it breaks."),
    ]

    /// Eric started Unit-2 in 2007; the founders who rented with him came that autumn.
    static func founded(today: Day) -> Day { min(Day(year: 2007, month: 9, day: 1)!, today.addingMonths(-24)) }

    static func member(_ row: Row, index: Int, today: Day) -> Member {
        let joined = row.monthsAgo.map { today.addingMonths(-$0).advanced(by: -(index % 17)) }
            ?? founded(today: today).advanced(by: row.id == "eric" ? 0 : 30 + index * 9)
        let first = row.id
        return Member(id: row.id, name: row.name, role: .member, skills: row.skills, seniority: row.seniority, city: row.city,
                      // Not everyone gives an email address; a freelancer's phone number is the one on their site.
                      email: index % 4 == 3 ? nil : "\(first)@unit-2.example",
                      phone: index % 3 == 0 ? "06-\(String(20_000_000 + index * 1_234_567).suffix(8))" : nil,
                      login: row.login ? first : nil, pitch: row.pitch, involvement: row.involvement,
                      hours: [ContractedHours(hoursPerWeek: Hours(row.hours), from: joined)], desks: row.desks, joined: joined)
    }
}
