import SamenCore

/// The parsers for what people type and files hold: dates, weeks, times,
/// amounts, hours and whole numbers, and the calendar arithmetic that
/// follows from a parsed value. Nothing may trap; what parses must print
/// back to something that parses to the same value.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParsers(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let step = size > 0 ? Int(Int8(bitPattern: data[0])) * 1_000 + size : 0

    if case let .success(d) = Limits.day(text) {
        check(Day(iso: d.iso) == d, "day \(d.iso) does not read back")
        let w = ISOWeek(containing: d)
        check(w.days.contains(d), "week \(w.iso) does not hold \(d.iso)")
        _ = d.advanced(by: step).iso
        _ = d.addingMonths(step).iso
        _ = DateRange(start: d, weeks: step % 600).weeks.count
        _ = DateRange(start: d, weeks: step).end.iso
    }
    if case let .success(w) = Limits.week(text) {
        check(ISOWeek(iso: w.iso) == w, "week \(w.iso) does not read back")
        check(ISOWeek(containing: w.monday) == w, "week \(w.iso) is not its Monday's")
        _ = w.advanced(by: step).iso
        _ = w.weeks(until: w.advanced(by: step % 600))
    }
    // As people type them, relative to a day anywhere in range (and its ends).
    let today = Limits.firstDay.advanced(by: abs(step) % (Limits.firstDay.distance(to: Limits.lastDay) + 1))
    if let d = DayInput.parse(text, today: today) {
        check(DayInput.parse(d.iso, today: today) == d, "typed day \(d.iso) does not read back")
        if case let .success(r) = Limits.day(text, today: today) { check(r == d, "Limits and DayInput disagree on '\(text)'") }
    }
    _ = DayInput.parse(text, today: Limits.lastDay)
    _ = Day(iso: text)
    _ = ISOWeek(iso: text)
    if let t = Timestamp(iso: text) { check(Timestamp(iso: t.iso) == t, "time \(t.iso) does not read back") }
    if let m = try? Money.parse(text) {
        for style in MoneyStyle.allCases {
            check((try? Money.parse(m.format(style, symbol: false))) == m, "\(m.cents) cents do not read back as \(m.format(style, symbol: false))")
        }
    }
    if case let .success(h) = Limits.hours(text) {
        _ = HoursText.of(h.value); _ = HoursText.whole(h.value)
        check(Limits.hours(h.description) == .success(h), "\(h.halfHours) half hours do not read back as \(h)")
    }
    _ = Hours.parse(text, in: Limits.estimatedHours)
    _ = Hours.parse(text, in: Limits.storedHours)
    return 0
}

func check(_ ok: Bool, _ message: @autoclosure () -> String) {
    if !ok { fatalError(message()) }
}
