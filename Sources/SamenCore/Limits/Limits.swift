/// The range of every date, number and text Samen accepts, in one place: the
/// command line, the dashboard's forms, the rules of a change and the loader
/// all check against these, so a value one of them accepts is never one
/// another refuses, and nothing written can make the directory unreadable.
///
/// Each range leaves a wide margin inside its type: sums and products of
/// in-range values (hours times weeks, a year of ledger amounts, a day plus
/// a project's length) cannot overflow.
public enum Limits {
    /// Planning and bookkeeping happen within a working life either side of
    /// now; 1900-2200 is generous and keeps day arithmetic far from `Int32`'s ends.
    public static let years: ClosedRange<Int> = 1900...2200
    public static let firstDay = Day(civil: 1900, 1, 1)
    public static let lastDay = Day(civil: 2200, 12, 31)
    public static let days: ClosedRange<Day> = firstDay...lastDay

    /// Contracted or allocated hours in one week.
    public static let hoursPerWeek: ClosedRange<Hours> = 0...80
    /// A project's estimated hours in total.
    public static let estimatedHours: ClosedRange<Hours> = 1...100_000
    /// How long a project or an allocation may run.
    public static let weeks: ClosedRange<Int> = 1...520
    /// Distances travelled; the Netherlands fit many times over, Europe too.
    public static let kilometres: ClosedRange<Int> = 0...5_000
    /// One amount, in cents: up to ten billion euros either way. A sum of a
    /// million such amounts still fits `Int64` a thousand times over.
    public static let cents: ClosedRange<Int64> = -1_000_000_000_000...1_000_000_000_000
    /// Rates and shares in basis points (10000 = 100 %).
    public static let basisPoints: ClosedRange<Int64> = 0...10_000
    /// Counts a person sets: desks, weights of the staffing score.
    public static let count: ClosedRange<Int> = 0...10_000
    /// Record ids (projects, requests, ledger entries); 0 is a record not
    /// numbered yet, as a change proposes it.
    public static let ids: ClosedRange<Int64> = 0...999_999_999

    /// What a record in a file (or a change) may hold for numbers whose
    /// narrower range is a rule with its own message (hours a week, estimated
    /// hours, a contribution rate): a file breaking such a rule still loads,
    /// and `samen check` names the rule; beyond this it is refused at load.
    /// Products of two such values (hours times days) still fit `Int64`.
    public static let stored: ClosedRange<Int> = -1_000_000_000...1_000_000_000
    /// The same for hours, which are kept in half hours.
    public static let storedHours: ClosedRange<Hours> = Hours(stored.lowerBound)...Hours(stored.upperBound)

    /// Text lengths, in characters. A name fits a line; a note fits a few
    /// pages; nothing is long enough to make drawing or matching crawl.
    /// Keys a member can have registered, revoked ones included: a new
    /// laptop a year for a working life, not a file that freezes a load.
    public static let keysPerMember = 64

    public enum Text {
        public static let name = 1_000
        /// Above the rules' 10,000 for a note, so their message comes first.
        public static let note = 100_000
        public static let listItems = 1_000
    }

    // MARK: Checks with the message a person reads, said as a predicate so the caller names the field.

    /// `nil` when `day` is in range, else why not.
    public static func problem(with day: Day) -> String? { refusal(of: day)?.text }

    /// The same, as a phrase whose words are chosen when it is shown.
    public static func refusal(of day: Day) -> LimitRefusal? {
        days.contains(day) ? nil : .dayBetween(firstDay, lastDay, got: day)
    }

    public static func problem<T: BinaryInteger>(with value: T, in range: ClosedRange<T>, unit: String = "") -> String? {
        refusal(of: value, in: range, unit: unit)?.text
    }

    public static func refusal<T: BinaryInteger>(of value: T, in range: ClosedRange<T>, unit: String = "") -> LimitRefusal? {
        guard !range.contains(value) else { return nil }
        return .between("\(range.lowerBound)", "\(range.upperBound)", unit: unit, got: "\(value)")
    }

    /// Whether `text` is at most `limit` characters. Counting UTF-8 first is
    /// O(1) for native strings, and bytes are never fewer than characters.
    public static func problem(withLength text: String, max limit: Int) -> String? {
        refusal(ofLength: text, max: limit)?.text
    }

    public static func refusal(ofLength text: String, max limit: Int) -> LimitRefusal? {
        if text.utf8.count <= limit { return nil }
        let n = text.count
        return n <= limit ? nil : .tooLong(n, most: limit)
    }

    /// The days of a date text: refuses both what is not a date and what is
    /// out of range. With `today`, also what people type (`DayInput`:
    /// `31-12-2026`, `morgen`, `ma`, `next week`); without, only ISO.
    public static func day(_ text: String, today: Day? = nil) -> Result<Day, LimitError> {
        guard let d = today.map({ DayInput.parse(text, today: $0) }) ?? Day(isoAnyYear: text) else {
            return .failure(LimitError(today == nil ? LimitRefusal.notADate(text) : .notADayInput(text)))
        }
        if let p = refusal(of: d) { return .failure(LimitError(p)) }
        return .success(d)
    }

    /// A week written `2027-W02`, refusing W53 in a year that has 52 weeks
    /// and years out of range, with the reason. With `today`, also what
    /// people type (`WeekInput`: `wk 48`, `48`, `wk 48 2026`, `week 48`,
    /// `W48`) and a day in the week (`DayInput`: `volgende week`, `31-12`).
    public static func week(_ text: String, today: Day? = nil) -> Result<ISOWeek, LimitError> {
        let reading = today == nil ? ISOWeek.parts(text).map { WeekInput.Reading.week(year: $0.0, week: $0.1) } : WeekInput.read(text)
        switch reading {
        case let .week(y, w)?:
            guard years.contains(y) else { return .failure(LimitError(LimitRefusal.weekYearBetween(years.lowerBound, years.upperBound, got: text))) }
            guard let week = ISOWeek(year: y, week: w) else {
                return .failure(LimitError(LimitRefusal.noSuchWeek(year: y, weeks: ISOWeek.weeksIn(year: y), got: text)))
            }
            return .success(week)
        case let .number(w)?:
            guard let today else { return .failure(LimitError(LimitRefusal.notAWeek(text))) }
            guard let week = WeekInput.nearest(week: w, to: today) else {
                let year = ISOWeek(containing: today).year
                return .failure(LimitError(LimitRefusal.noSuchWeek(year: year, weeks: ISOWeek.weeksIn(year: year), got: text)))
            }
            return .success(week)
        case nil:
            guard let today else { return .failure(LimitError(LimitRefusal.notAWeek(text))) }
            guard let d = DayInput.parse(text, today: today) else { return .failure(LimitError(WeekInputRefusal.notAWeek(text))) }
            if let p = refusal(of: d) { return .failure(LimitError(p)) }
            return .success(ISOWeek(containing: d))
        }
    }

    /// Hours as people type them ("16", "7.5", "7,5"), in half-hour steps,
    /// in `range`; `Hours.parse` says why not.
    public static func hours(_ text: String, in range: ClosedRange<Hours> = hoursPerWeek) -> Result<Hours, LimitError> {
        Hours.parse(text, in: range)
    }

    /// A whole number typed by a person, in `range`.
    public static func integer(_ text: String, in range: ClosedRange<Int>, unit: String = "") -> Result<Int, LimitError> {
        let t = text.trimmingSpaces()
        guard let v = Int(t) else {
            // Digits only but no Int: too many of them, which is out of range, not malformed.
            if !t.isEmpty, t.drop(while: { $0 == "-" || $0 == "+" }).allSatisfy({ $0.isASCII && $0.isNumber }), t.count > 1 {
                return .failure(LimitError(LimitRefusal.betweenTyped("\(range.lowerBound)", "\(range.upperBound)", unit: unit, got: t)))
            }
            return .failure(LimitError(LimitRefusal.notAWholeNumber(text)))
        }
        if let p = refusal(of: v, in: range, unit: unit) { return .failure(LimitError(p)) }
        return .success(v)
    }
}

/// Why a value is refused, as a predicate ("must be between ..."), for the
/// caller to put the option, field or file line in front of.
///
/// The reason is a phrase with its values, so the words are chosen when it is
/// shown; two are the same when their English words are.
public struct LimitError: Error, Equatable, CustomStringConvertible {
    public var phrase: any Phrase
    public init(_ phrase: some Phrase) { self.phrase = phrase }
    /// Words the same in both languages: for tests and checks no person reads.
    public init(_ predicate: String) { self.init(Untranslated(predicate)) }
    /// The predicate in the language shown now.
    public var predicate: String { phrase.text }
    public var description: String { phrase.text }
    public static func == (a: LimitError, b: LimitError) -> Bool { a.phrase.en == b.phrase.en }
}
