import SamenCore

/// The capacity heat map's words: its headings, totals and legend, its
/// keys, the "who is free?" form and what the map says.
enum CapacityWords: Phrase {
    // Sorting.
    case sortName, sortMostFree, sortLeastFree, sortMostFreeShort, sortLeastFreeShort
    // The bar, headings, totals and legend.
    case filterHintLong, filterHintShort
    case row(Int)
    case shownOf(shown: Int, total: Int)
    case skillsList(String)
    case freeEveryWeek(ge: String, hours: String)
    case freePerWeek(ge: String, hours: String)
    case sortShown(String)
    case titleLong, titleShort
    case name, free, total, skillsColumn
    case month(Int)
    case networkCapacity, networkIndent, allocated, tentative, utilised
    case halfBooked, full, overbooked, noHours
    case nobodyHasHours
    case nobodyMatches(String)
    case quoted(String)
    case skillsQuestion(String)
    case everyone
    case capacityCrumb
    case escBack
    // The keys.
    case keyBackToMap, keyMember, keyNextMember, keyEdit, keyEditMember, keyKeys, keyAllKeys
    case keyMove, keyMoveHelp, keyOpen, keyOpenHelp, keyFilter, keyFilterHelp, keyMinFree, keyMinFreeHelp
    case keyWindow, keyWindowHelp, keyWiderHelp(Int), keySort, keySortHelp, keyBack, keyBackToWho, keyBackToDirectory
    case keyOtherPanes, keyMouseHelp, keyNumbers, keyNumbersHelp, keyLevelsHelp, keyTentativeHelp
    // What the map says.
    case sortedOver(label: String, weeks: Int)
    case startsThisWeek(String)
    case atMostAhead(Int)
    case asManyAsFit(Int)
    case answered(shown: Int, total: Int, question: String, weeks: Int, from: String)
    case showingWeeks(Int)
    case cancelledQuestion
    // The "who is free?" form.
    case whoIsFree
    case fieldFree, fieldWeeks, fieldFromWeek, fieldSkills
    case hintFree, hintWeeks(Int), hintFromWeek, hintSkills
    case emptyForAnyone
    case weeksRange(max: Int, got: String)
    case notAWeek(got: String, week: String, day: String)
    case weekPassed(week: String, thisWeek: String)
    case tooFarAhead(week: String, max: Int)
    case didYouMean(String)
    case unknownSkill(skill: String, hint: String)

    var en: String {
        switch self {
        case .sortName: "name"
        case .sortMostFree: "free hours, most first"
        case .sortLeastFree: "free hours, least first"
        case .sortMostFreeShort: "most free"
        case .sortLeastFreeShort: "least free"
        case .filterHintLong: "/ to filter by name, skill, city or role"
        case .filterHintShort: "/ to filter"
        case let .row(n): "row \(n)"
        case let .shownOf(shown, total): "\(shown)/\(total) members"
        case let .skillsList(s): "skills: \(s)"
        case let .freeEveryWeek(ge, h): "free \(ge)\(h) h every week"
        case let .freePerWeek(ge, h): "free \(ge)\(h) h/wk"
        case let .sortShown(label): "sort: \(label)"
        case .titleLong: "Capacity: free h/week"
        case .titleShort: "Free h/week"
        case .name: "NAME"
        case .free: " FREE"
        case .total: "total"
        case .skillsColumn: "SKILLS"
        case let .month(m): ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][max(0, min(11, m - 1))]
        case .networkCapacity: "Network capacity"
        case .networkIndent: "Network "
        case .allocated: "allocated"
        case .tentative: "tentative"
        case .utilised: "utilised"
        case .halfBooked: "half booked or more"
        case .full: "full"
        case .overbooked: "overbooked"
        case .noHours: "no hours"
        case .nobodyHasHours: "Nobody in the network has contracted hours yet."
        case let .nobodyMatches(q): "Nobody matches: \(q). Esc goes back; / or m changes the question."
        case let .quoted(f): "'\(f)'"
        case let .skillsQuestion(s): "skills \(s)"
        case .everyone: "everyone"
        case .capacityCrumb: "Capacity"
        case .escBack: "   Esc back to the map"
        case .keyBackToMap: "back to the map"
        case .keyMember: "member"
        case .keyNextMember: "the next or previous member"
        case .keyEdit: "edit"
        case .keyEditMember: "edit the member"
        case .keyKeys: "keys"
        case .keyAllKeys: "all keys"
        case .keyMove: "move"
        case .keyMoveHelp: "move (PgUp PgDn a page, g G first or last)"
        case .keyOpen: "open"
        case .keyOpenHelp: "open the member; Esc goes back to the map"
        case .keyFilter: "filter"
        case .keyFilterHelp: "filter by name, skill, city or role; Esc clears"
        case .keyMinFree: "min free"
        case .keyMinFreeHelp: "who is free: at least N h every week, weeks, skills"
        case .keyWindow: "window"
        case .keyWindowHelp: "the window a week earlier or later (t: this week)"
        case let .keyWiderHelp(fit): "a week more or less (1 to \(fit) on this screen)"
        case .keySort: "sort"
        case .keySortHelp: "sort: name, most or least free over the window"
        case .keyBack: "back"
        case .keyBackToWho: "back to who could do this?"
        case .keyBackToDirectory: "back to the member directory"
        case .keyOtherPanes: "other panes; 1 comes back here"
        case .keyMouseHelp: "click selects a row; the wheel scrolls"
        case .keyNumbers: "numbers"
        case .keyNumbersHelp: "free h that week: contracted - time off - won work"
        case .keyLevelsHelp: "half booked or more; full; overbooked"
        case .keyTentativeHelp: "tentative: on proposals; no hours (away, not in)"
        case let .sortedOver(label, weeks): "sorted by \(label) over \(weeks) week\(weeks == 1 ? "" : "s")"
        case let .startsThisWeek(w): "the map starts at this week (\(w)): past weeks are not planned here"
        case let .atMostAhead(n): "the map goes at most \(n) weeks ahead"
        case let .asManyAsFit(n): "\(n) weeks is as many as fit this screen; widen the terminal for more"
        case let .answered(shown, total, question, weeks, from):
            "\(shown) of \(total) members: \(question), \(weeks) week\(weeks == 1 ? "" : "s") from \(from)"
        case let .showingWeeks(n): "showing \(n) weeks: as many as fit this screen"
        case .cancelledQuestion: "cancelled; the map asks what it asked before"
        case .whoIsFree: "Who is free?"
        case .fieldFree: "Free h/week"
        case .fieldWeeks: "Weeks"
        case .fieldFromWeek: "From week"
        case .fieldSkills: "Skills"
        case .hintFree: "at least, every week; empty: anyone"
        case let .hintWeeks(n): "1 to \(n) on this screen"
        case .hintFromWeek: "a week like 2026-W48, or a date"
        case .hintSkills: "all of these, e.g. animation, design"
        case .emptyForAnyone: "; empty for anyone"
        case let .weeksRange(max, got): "Weeks must be from 1 to \(max) (what fits this screen); got '\(got)'"
        case let .notAWeek(got, week, day): "From week: '\(got)' is not a week like \(week) or a date like \(day)"
        case let .weekPassed(week, thisWeek): "From week: \(week) has passed; the map plans from this week (\(thisWeek)) on"
        case let .tooFarAhead(week, max): "From week: \(week) is more than \(max) weeks ahead"
        case let .didYouMean(s): " (did you mean \(s)?)"
        case let .unknownSkill(skill, hint): "Skills: nobody in the network has the skill '\(skill)'\(hint)"
        }
    }

    var nl: String {
        switch self {
        case .sortName: "naam"
        case .sortMostFree: "vrije uren, meeste eerst"
        case .sortLeastFree: "vrije uren, minste eerst"
        case .sortMostFreeShort: "meest vrij"
        case .sortLeastFreeShort: "minst vrij"
        case .filterHintLong: "/ om te zoeken op naam, vaardigheid, plaats of rol"
        case .filterHintShort: "/ zoeken"
        case let .row(n): "rij \(n)"
        case let .shownOf(a, b): "\(a)/\(b) leden"
        case let .skillsList(s): "vaardigheden: \(s)"
        case let .freeEveryWeek(ge, h): "vrij \(ge)\(h) u elke week"
        case let .freePerWeek(ge, h): "vrij \(ge)\(h) u/wk"
        case let .sortShown(a): "volgorde: \(a)"
        case .titleLong: "Capaciteit: vrije u/wk"
        case .titleShort: "Vrije u/wk"
        case .name: "NAAM"
        case .free: " VRIJ"
        case .total: "totaal"
        case .skillsColumn: "VAARDIGHEDEN"
        case let .month(m): ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"][max(0, min(11, m - 1))]
        case .networkCapacity: "Capaciteit"
        case .networkIndent: "  "
        case .allocated: "ingepland"
        case .tentative: "voorlopig"
        case .utilised: "bezetting"
        case .halfBooked: "half vol of meer"
        case .full: "vol"
        case .overbooked: "overboekt"
        case .noHours: "geen uren"
        case .nobodyHasHours: "Nog niemand in het netwerk heeft contracturen."
        case let .nobodyMatches(q): "Niemand past: \(q). Esc gaat terug; / of m verandert de vraag."
        case let .quoted(f): "'\(f)'"
        case let .skillsQuestion(s): "vaardigheden \(s)"
        case .everyone: "iedereen"
        case .capacityCrumb: "Capaciteit"
        case .escBack: "   Esc terug naar de kaart"
        case .keyBackToMap: "terug naar de kaart"
        case .keyMember: "lid"
        case .keyNextMember: "het volgende of vorige lid"
        case .keyEdit: "wijzig"
        case .keyEditMember: "het lid bewerken"
        case .keyKeys: "toetsen"
        case .keyAllKeys: "toetsen"
        case .keyMove: "kies"
        case .keyMoveHelp: "kiezen (PgUp PgDn een pagina, g G eerste of laatste)"
        case .keyOpen: "open"
        case .keyOpenHelp: "het lid openen; Esc gaat terug naar de kaart"
        case .keyFilter: "zoek"
        case .keyFilterHelp: "zoeken op naam, vaardigheid, plaats of rol; Esc wist"
        case .keyMinFree: "min vrij"
        case .keyMinFreeHelp: "wie is vrij: minstens N u elke week, weken, vaardigheden"
        case .keyWindow: "weken"
        case .keyWindowHelp: "de weken een week eerder of later (t: deze week)"
        case let .keyWiderHelp(a): "een week meer of minder (1 tot \(a) op dit scherm)"
        case .keySort: "volgorde"
        case .keySortHelp: "volgorde: naam, meest of minst vrij over de weken"
        case .keyBack: "terug"
        case .keyBackToWho: "terug naar wie kan dit doen?"
        case .keyBackToDirectory: "terug naar de ledenlijst"
        case .keyOtherPanes: "andere tabbladen; 1 komt hier terug"
        case .keyMouseHelp: "klik kiest een rij; het wieltje scrolt"
        case .keyNumbers: "getallen"
        case .keyNumbersHelp: "vrije u die week: contract - vrij - gewonnen werk"
        case .keyLevelsHelp: "half vol of meer; vol; overboekt"
        case .keyTentativeHelp: "voorlopig: op voorstellen; geen uren (weg, geen lid)"
        case let .sortedOver(a, b): "volgorde: \(a), over " + plural(b, "1 week", "# weken")
        case let .startsThisWeek(w): "de kaart begint bij deze week (\(w)): voorbije weken worden hier niet gepland"
        case let .atMostAhead(n): "de kaart gaat hoogstens \(n) weken vooruit"
        case let .asManyAsFit(n): "\(n) weken is wat op dit scherm past; maak de terminal breder voor meer"
        case let .answered(a, b, c, d, e):
            "\(a) van \(b) leden: \(c), " + plural(d, "1 week", "# weken") + " vanaf \(e)"
        case let .showingWeeks(n): "\(n) weken te zien: zoveel als op dit scherm past"
        case .cancelledQuestion: "geannuleerd; de kaart stelt dezelfde vraag als eerst"
        case .whoIsFree: "Wie is vrij?"
        case .fieldFree: "Vrije u/wk"
        case .fieldWeeks: "Weken"
        case .fieldFromWeek: "Vanaf week"
        case .fieldSkills: "Vaardigheden"
        case .hintFree: "minstens, elke week; leeg: iedereen"
        case let .hintWeeks(n): "1 tot \(n) op dit scherm"
        case .hintFromWeek: "bijv. wk 48, 48, volgende week of 31-12-2026"
        case .hintSkills: "al deze, bijv. animatie, design"
        case .emptyForAnyone: "; leeg voor iedereen"
        case let .weeksRange(a, b): "Weken moet van 1 tot \(a) zijn (wat op dit scherm past), niet '\(b)'"
        case let .notAWeek(a, b, c): "Vanaf week: '\(a)' is geen week als \(b) en geen datum als \(c)"
        case let .weekPassed(a, b): "Vanaf week: \(a) is voorbij; de kaart plant vanaf deze week (\(b))"
        case let .tooFarAhead(a, b): "Vanaf week: \(a) ligt meer dan \(b) weken vooruit"
        case let .didYouMean(s): " (bedoel je \(s)?)"
        case let .unknownSkill(a, b): "Vaardigheden: niemand in het netwerk heeft de vaardigheid '\(a)'\(b)"
        }
    }
}
