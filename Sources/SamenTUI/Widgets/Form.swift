import SamenCore

/// A form of labelled fields: Tab between them, type into text fields,
/// ←/→ or Space through choices, Enter saves, Esc cancels. The form only
/// holds what was typed; what it means is decided by whoever built it, and
/// whether it is allowed by the domain's rules, whose messages it shows.
struct FormState: Equatable {
    struct Field: Equatable {
        /// What a field holds, so that it takes only what can make sense and
        /// says what is wrong with it as soon as the person leaves it (Tab),
        /// not only when the whole form is saved.
        /// `number` is a whole number. `hours` is a number with a decimal
        /// mark, either one: `2,5` or `2.5`. `money` an amount as `Money.parse`
        /// reads it (`1.234,56`, `1234.56`, `€ 12`). `date` a day like
        /// 2026-12-31, `week` a week like 2027-W02 or a day in it. `tags` a
        /// comma-separated list (skills, topics, member ids), read by `tags(_:)`.
        /// `paragraph` is text of several lines, wrapped to the field's width
        /// and shown whole (the form grows with it): ↑ ↓ move between its
        /// lines. Enter still saves, as in every form; no key types a line
        /// break (see TextArea.swift).
        enum Kind: Equatable {
            case text, number, hours, money, date, week, tags, paragraph, choice([String])

            /// Whether `c` can be part of a value of this kind; nil for kinds that take any text.
            func takes(_ c: Character) -> Bool? {
                switch self {
                case .number: return c.isASCII && c.isNumber || c == "-"
                case .hours: return c.isASCII && c.isNumber || c == "," || c == "."
                case .money: return c.isASCII && c.isNumber || c == "," || c == "." || c == "-" || c == "€" || c == " "
                default: return nil
                }
            }

            /// "Amount takes an amount of money": what a refused key or paste is told.
            var takesWhat: String {
                switch self {
                case .money: return FormWords.anAmountOfMoney.text
                default: return FormWords.aNumber.text
                }
            }
        }
        var key: String
        var label: String
        var kind: Kind
        /// What is typed, with its cursor (a choice keeps its option here too).
        var input: TextInput
        var hint: String = ""
        /// The parts of a change this field gives, besides its namesake
        /// (`ChangeField(rawValue: key)`): a refusal about one of them is
        /// shown beside this field. The asker of a request, typed in `from`, answers `.member`.
        var answers: [ChangeField] = []
        /// A choice's options as shown, by value: the value stays what the
        /// change reads (`member`), the person sees the language's word (`lid`).
        var names: [String: String] = [:]

        init(key: String, label: String, kind: Kind, value: String, hint: String = "", answers: [ChangeField] = [],
             names: [String: String] = [:]) {
            self.key = key
            self.label = label
            self.kind = kind
            self.input = TextInput(value)
            self.hint = hint
            self.answers = answers
            self.names = names
        }

        /// A choice's option as the person sees it.
        func shown(_ option: String) -> String { names[option] ?? option }

        /// Whether a refusal about `part` belongs beside this field.
        func answers(_ part: ChangeField) -> Bool { key == part.rawValue || answers.contains(part) }

        var value: String {
            get { input.text }
            set { input.text = newValue }
        }

        var isChoice: Bool { if case .choice = kind { return true } else { return false } }

        /// How many rows the field takes in a form whose fields are `columns` wide.
        func rows(columns: Int) -> Int { kind == .paragraph ? input.wrapped(columns: columns).count : 1 }
    }

    enum Outcome { case editing, cancelled, submitted }

    var title: String
    /// What saving means: which change the fields become.
    var purpose: FormPurpose
    var fields: [Field]
    private(set) var focus = 0
    var error: String?
    var errorField: String?
    /// Something worth knowing that does not stop saving (a topic tag like
    /// one in use); shown where an error would be, when there is none.
    var notice: String?
    /// Set while the change is being saved, so Enter cannot send it twice.
    var submitting = false
    /// The day `morgen`, `ma` and `next week` count from in date fields; set
    /// by the shell when it opens the form (nil: only dates written out).
    var today: Day?
    /// What Enter does, in the form's key line: "save" a change, "apply" a question.
    var submitLabel = FormWords.save.text
    /// Esc was pressed on a form with changes: a second Esc throws them away,
    /// any other key goes back to editing. No key loses typing without asking.
    private(set) var confirmingDiscard = false
    /// A question the owner asks before saving what Enter sent ("close without
    /// a note?"): Enter again says yes, any other key goes back to editing.
    private(set) var question: String?
    /// Enter answered `question` with yes; the owner saves without asking again.
    private(set) var confirmed = false
    private(set) var original: [String]

    init(title: String, purpose: FormPurpose, fields: [Field]) {
        self.title = title
        self.purpose = purpose
        self.fields = fields
        self.original = fields.map(\.value)
        if !fields.isEmpty { self.fields[0].input.focus() }
    }

    func value(_ key: String) -> String { fields.first { $0.key == key }?.value ?? "" }
    func changed(_ key: String) -> Bool {
        guard let i = fields.firstIndex(where: { $0.key == key }) else { return false }
        return fields[i].value != original[i]
    }

    /// Whether anything differs from what the form opened with.
    var hasChanges: Bool { zip(fields, original).contains { $0.value != $1 } }

    /// Moves the focus to field `index`; its value is selected, so typing replaces it.
    mutating func focus(_ index: Int) {
        guard fields.indices.contains(index) else { return }
        focus = index
        fields[index].input.focus()
    }

    /// Asks before saving; the focus goes to `field`, where the answer "no" leads.
    mutating func ask(_ text: String, field: String?) {
        question = text
        confirmed = false
        if let field, let i = fields.firstIndex(where: { $0.key == field }) { focus(i) }
    }

    mutating func showError(_ text: String, field: String?) {
        error = text
        errorField = field
        if let field, let i = fields.firstIndex(where: { $0.key == field }) { focus(i) }
    }

    /// The domain's refusal, beside the field it is about (the part of the
    /// change the domain names, as a type), or below the fields when it is
    /// about the change as a whole or a part this form does not ask for.
    mutating func showRefusal(_ error: Error) {
        let part = (error as? DomainError)?.field
        showError("\(error)", field: part.flatMap { p in fields.first { $0.answers(p) }?.key })
    }

    /// A key typed into the form; `screenWidth` sets how a field of several
    /// lines wraps, so ↑ ↓ move between the lines the person sees.
    mutating func key(_ key: Key, screenWidth: Int = 80) -> Outcome {
        guard !submitting, !fields.isEmpty else { return key == .escape ? .cancelled : .editing }
        if confirmingDiscard {
            confirmingDiscard = false
            if key == .escape { return .cancelled }
        }
        if question != nil {
            question = nil
            if key == .enter { confirmed = true; return .submitted }
            if key == .escape { return .editing }
        }
        switch key {
        case .escape:
            if !hasChanges { return .cancelled }
            confirmingDiscard = true
        case .enter: return .submitted
        case _ where isParagraph && key != .tab && key != .backTab:
            switch fields[focus].input.lineKey(key, columns: fieldColumns(screenWidth: screenWidth)) {
            case .edited: clearErrorIfHere()
            case .moved: break
            // ↑ on the first line, ↓ on the last: the field before or after.
            case .ignored where key == .up: focus((focus + fields.count - 1) % fields.count)
            case .ignored where key == .down: focus((focus + 1) % fields.count)
            case .ignored: break
            }
        case .tab, .down:
            leaveField()
            focus((focus + 1) % fields.count)
        case .backTab, .up:
            leaveField()
            focus((focus + fields.count - 1) % fields.count)
        case .left where isChoice, .right where isChoice:
            cycle(key == .left ? -1 : 1)
        case .char(" ") where isChoice:
            cycle(1)
        case .home where isChoice, .end where isChoice:
            if case let .choice(options) = fields[focus].kind, let pick = key == .home ? options.first : options.last {
                fields[focus].value = pick
            }
        case let .char(c) where isChoice:
            // A letter jumps to the first choice that starts with it.
            if case let .choice(options) = fields[focus].kind, let hit = options.first(where: { fields[focus].shown($0).lowercased().hasPrefix(String(c).lowercased()) }) {
                fields[focus].value = hit
            }
        case let .char(c) where fields[focus].kind.takes(c) == false:
            error = FormWords.takes(label: fields[focus].label, what: fields[focus].kind.takesWhat).text
            errorField = fields[focus].key
        default:
            guard !isChoice else { break }
            if fields[focus].input.key(key) == .edited { clearErrorIfHere() }
        }
        return .editing
    }

    /// Pasted text into the field being typed in, where typing would put it
    /// (over a pre-filled value still selected). A field of one line gets
    /// line breaks as spaces and a field of several lines keeps them; a
    /// number takes only a number, a choice no text: then the form says so
    /// beside the field and nothing is pasted.
    mutating func paste(_ text: String) {
        guard !submitting, fields.indices.contains(focus) else { return }
        confirmingDiscard = false
        question = nil
        let f = fields[focus]
        let pasted = f.kind == .paragraph ? PastedText.paragraph(text) : PastedText.oneLine(text)
        if f.isChoice {
            error = FormWords.choiceNothingPasted(f.label).text
            errorField = f.key
            return
        }
        if !pasted.trimmingSpacesTUI().allSatisfy({ f.kind.takes($0) ?? true }) {
            error = FormWords.takesNothingPasted(label: f.label, what: f.kind.takesWhat).text
            errorField = f.key
            return
        }
        fields[focus].input.insert(f.kind == .paragraph ? pasted : pasted.trimmingSpacesTUI())
        clearErrorIfHere()
    }

    /// Leaving a field: a value its kind cannot read is pointed out beside
    /// it at once, in the words saving would use. The person may still go
    /// on to the next field; saving refuses the value again.
    private mutating func leaveField() {
        if let problem = typedProblem(at: focus) {
            error = problem.message
            errorField = problem.field
        }
    }

    var isChoice: Bool { fields.indices.contains(focus) && fields[focus].isChoice }
    var isParagraph: Bool { fields.indices.contains(focus) && fields[focus].kind == .paragraph }

    /// The form's box on a screen `screenWidth` wide, its labels, and the
    /// columns its fields have: one layout for drawing and for ↑ ↓ in a
    /// field of several lines.
    static func boxWidth(screenWidth: Int) -> Int { min(76, screenWidth - 4) }
    var labelWidth: Int { min(16, fields.map { DisplayWidth.of($0.label) }.max() ?? 10) + 1 }
    func fieldColumns(screenWidth: Int) -> Int { max(2, Self.boxWidth(screenWidth: screenWidth) - labelWidth - 5) }

    mutating func cycle(_ step: Int) {
        guard case let .choice(options) = fields[focus].kind, !options.isEmpty else { return }
        let at = options.firstIndex(of: fields[focus].value) ?? 0
        fields[focus].value = options[(at + step + options.count) % options.count]
    }

    mutating func clearErrorIfHere() {
        if errorField == fields[focus].key || errorField == nil { error = nil; errorField = nil }
    }

    /// Draws the form centred over the pane. A field of several lines takes
    /// as many rows as its text needs; when the fields do not all fit, the
    /// rows scroll to keep the focused field in view (and, in a field
    /// taller than the screen, the cursor's line), with a mark on the frame
    /// where more rows are hidden.
    func render(into canvas: inout Canvas, width: Int, height: Int) {
        let w = Self.boxWidth(screenWidth: width)
        let labelWidth = self.labelWidth
        let fieldWidth = fieldColumns(screenWidth: width)
        // The question, the error or the notice, whole: wrapped onto as many
        // rows as it needs, never cut (the fields scroll to make room).
        let said = saying(unicode: canvas.unicode)
        let roomForWords = max(1, height - 2 - 5)
        var words = said.map { Self.lines(of: $0.text, width: w - 4) } ?? []
        if words.count > roomForWords {
            // Only a screen too short for the whole message cuts it, and says so.
            words = Array(words.prefix(roomForWords))
            let more = canvas.unicode ? "…" : "..."
            words[words.count - 1] = DisplayWidth.fit(words[words.count - 1] + " " + more, w - 4, pad: false, ellipsis: more)
        }
        let errorLines = words.count
        // Every row of every field, in order: (field, its row).
        var lines: [(field: Int, row: Int)] = []
        var firstLine: [Int] = []
        for (i, f) in fields.enumerated() {
            firstLine.append(lines.count)
            for r in 0..<f.rows(columns: fieldWidth) { lines.append((i, r)) }
        }
        let h = min(height - 2, lines.count + 4 + errorLines)
        let x = (width - w) / 2, y = max(1, (height - h) / 2)
        let fieldX = x + 2 + labelWidth
        canvas.fill(x: x, y: y, width: w, height: h, role: .normal)
        canvas.box(x: x, y: y, width: w, height: h, title: title)
        let visible = max(0, h - 4 - errorLines)
        // The focused field's last row, or its cursor's row if the field is taller than the screen.
        var anchor = 0
        if fields.indices.contains(focus) {
            let f = fields[focus], rows = f.rows(columns: fieldWidth)
            let cursorRow = f.kind == .paragraph ? f.input.wrapped(columns: fieldWidth).row(of: f.input.cursor) : 0
            anchor = firstLine[focus] + (rows <= visible ? rows - 1 : cursorRow)
        }
        let first = max(0, min(anchor - visible + 1, lines.count - visible))
        for (screenRow, line) in lines[first..<min(lines.count, first + visible)].enumerated() {
            let f = fields[line.field]
            let ry = y + 1 + screenRow
            let focused = line.field == focus
            let role: StyleRole = focused ? .inputActive : (f.value.isEmpty ? .placeholder : .input)
            if line.row == 0 || screenRow == 0 {
                canvas.put(f.label, x: x + 2, y: ry, role: f.key == errorField ? .error : .label, maxWidth: labelWidth)
            }
            canvas.fill(x: fieldX, y: ry, width: fieldWidth, height: 1, role: role)
            if f.isChoice {
                canvas.put(canvas.unicode ? "‹ \(f.shown(f.value)) ›" : "< \(f.shown(f.value)) >", x: fieldX, y: ry, role: role, maxWidth: fieldWidth)
            } else if f.value.isEmpty && !focused && !f.hint.isEmpty {
                canvas.put("(\(f.hint))", x: fieldX, y: ry, role: role, maxWidth: fieldWidth)
            } else if f.kind == .paragraph {
                renderParagraphRow(f, row: line.row, focused: focused, role: role, x: fieldX, y: ry, width: fieldWidth, into: &canvas)
            } else if focused {
                // Selected text wears the active tab's highlight: unlike `.selection`,
                // it differs from the active field in every shipped theme, mono too.
                let (text, cursorColumn) = f.input.visible(width: fieldWidth)
                canvas.put(text, x: fieldX, y: ry, role: f.input.selected ? .tabActive : role, maxWidth: fieldWidth)
                if f.input.cursor == f.input.characters.count {
                    canvas.put(canvas.unicode ? "▏" : "_", x: fieldX + cursorColumn, y: ry, role: .inputActive)
                } else {
                    canvas.restyle(x: fieldX + cursorColumn, y: ry, width: 1, role: .tabActive)
                }
            } else {
                // Not being typed in: its start, as every form shows a field
                // it is not editing, and "…" where the rest is hidden.
                canvas.put(DisplayWidth.fit(f.value, fieldWidth, pad: false, ellipsis: canvas.unicode ? "…" : "..."), x: fieldX, y: ry, role: role, maxWidth: fieldWidth)
            }
        }
        // More rows than fit: a mark on the frame where they are hidden.
        if visible > 0 && first > 0 { canvas.put(canvas.unicode ? "▲" : "^", x: x + w - 1, y: y + 1, role: .dim) }
        if visible > 0 && first + visible < lines.count { canvas.put(canvas.unicode ? "▼" : "v", x: x + w - 1, y: y + visible, role: .dim) }
        for (i, line) in words.enumerated() {
            canvas.put(line, x: x + 2, y: y + h - 2 - words.count + i, role: said?.role ?? .warning, maxWidth: w - 4)
        }
        let (dot, arrows, lineArrows) = canvas.unicode ? ("·", "←→", "↑↓") : ("-", "<- ->", "Up/Dn")
        let move = isParagraph ? "\(lineArrows) \(ShellWords.lines.text)" : "\(arrows) \(ShellWords.choose.text)"
        let keys = submitting ? FormWords.saving.text
            : "Tab \(ShellWords.nextField.text) \(dot) \(move) \(dot) Enter \(submitLabel) \(dot) Esc \(ShellWords.cancel.text)"
        canvas.put(keys, x: x + 2, y: y + h - 2, role: .dim, maxWidth: w - 4)
    }

    /// What the form says below its fields, most pressing first: a question
    /// waiting for Enter, the question before discarding, an error, a note.
    func saying(unicode: Bool) -> (text: String, role: StyleRole)? {
        if let question { return (question, .warning) }
        if confirmingDiscard { return (FormWords.discard(dot: unicode ? "·" : "-").text, .warning) }
        if let error { return (error, .error) }
        if let notice { return (notice, .warning) }
        return nil
    }

    /// `text` in words on rows of `width` columns; a word wider than a row
    /// (a path, a long id) is split across rows rather than cut.
    static func lines(of text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        return AppModel.wrap(text, width: width).flatMap { line -> [String] in
            guard DisplayWidth.of(line) > width else { return [line] }
            var rows: [String] = [], row = "", used = 0
            for ch in line {
                let cw = DisplayWidth.of(String(ch))
                if used + cw > width { rows.append(row); row = ""; used = 0 }
                row.append(ch); used += cw
            }
            if !row.isEmpty { rows.append(row) }
            return rows
        }
    }

    /// One row of a field of several lines: its wrapped text, the selection's
    /// highlight, and the cursor if it is on this row.
    private func renderParagraphRow(_ f: Field, row: Int, focused: Bool, role: StyleRole, x: Int, y: Int, width: Int,
                                    into canvas: inout Canvas) {
        let lines = f.input.wrapped(columns: width)
        guard lines.rows.indices.contains(row) else { return }
        let r = lines.rows[row]
        let text = String(f.input.characters[r.start..<r.end])
        canvas.put(text, x: x, y: y, role: focused && f.input.selected ? .tabActive : role, maxWidth: width)
        guard focused, lines.row(of: f.input.cursor) == row else { return }
        let column = min(width - 1, lines.column(of: f.input.cursor))
        if f.input.cursor == r.end && (r.hardBreak || row == lines.count - 1) {
            canvas.put(canvas.unicode ? "▏" : "_", x: x + column, y: y, role: .inputActive)
        } else {
            canvas.restyle(x: x + column, y: y, width: 1, role: .tabActive)
        }
    }
}

/// Reading typed fields as domain values, with `Limits`' ranges and a message
/// naming the field, so every form refuses what the command line and the
/// loader refuse, in the same words.
extension FormState {
    struct FieldError: Error, Equatable { var message: String; var field: String }

    private func text(_ key: String) -> String { value(key).trimmingSpacesTUI() }

    /// A date as people type it (`DayInput`: `31-12-2026`, `2026-12-31`,
    /// `morgen`, `mon`, `next week`; relative words need `today`, which the
    /// shell sets when it opens the form) between `Limits.firstDay` and `Limits.lastDay`.
    func day(_ key: String, _ what: String) -> Result<Day, FieldError> {
        let t = text(key)
        guard (today.flatMap { DayInput.parse(t, today: $0) } ?? Day(isoAnyYear: t)) != nil else {
            let message = today == nil ? FormWords.dayLike(what: what, got: t).text : FormWords.dayForms(what: what, got: t).text
            return .failure(FieldError(message: message, field: key))
        }
        return Limits.day(t, today: today).mapError { FieldError(message: "\(what) \($0.predicate)", field: key) }
    }

    /// An optional date: empty is nil.
    func optionalDay(_ key: String, _ what: String) -> Result<Day?, FieldError> {
        text(key).isEmpty ? .success(nil) : day(key, what).map { $0 }
    }

    /// Hours in half-hour steps (`16`, `2.5`, `2,5`) in `range`; empty is nil.
    func hours(_ key: String, _ what: String, in range: ClosedRange<Hours>) -> Result<Hours?, FieldError> {
        if text(key).isEmpty { return .success(nil) }
        return Limits.hours(text(key), in: range).map { $0 }.mapError { FieldError(message: "\(what) \($0.predicate)", field: key) }
    }

    /// A whole number in `range`; empty is nil.
    func integer(_ key: String, _ what: String, in range: ClosedRange<Int>, unit: String = "") -> Result<Int?, FieldError> {
        if text(key).isEmpty { return .success(nil) }
        return Limits.integer(text(key), in: range, unit: unit).map { $0 }.mapError { FieldError(message: "\(what) \($0.predicate)", field: key) }
    }

    /// An amount of money as `Money.parse` reads it; empty is nil.
    func money(_ key: String, _ what: String) -> Result<Money?, FieldError> {
        if text(key).isEmpty { return .success(nil) }
        do { return .success(try Money.parse(text(key))) } catch {
            return .failure(FieldError(message: "\(what): \(error)", field: key))
        }
    }

    /// A comma-separated list, each item trimmed, empty items left out.
    func tags(_ key: String) -> [String] {
        value(key).split(separator: ",").map { String($0).trimmingSpacesTUI() }.filter { !$0.isEmpty }
    }

    /// What is wrong with field `i`'s value for its kind, if anything can be
    /// said without the owner's rules: an empty value and a number's range
    /// are the owner's to judge when the form is saved.
    func typedProblem(at i: Int) -> FieldError? {
        guard fields.indices.contains(i), !text(fields[i].key).isEmpty else { return nil }
        let f = fields[i]
        func problem<T>(_ r: Result<T, FieldError>) -> FieldError? { if case let .failure(e) = r { return e } else { return nil } }
        switch f.kind {
        case .date: return problem(day(f.key, f.label))
        case .week: return problem(week(f.key, f.label))
        case .money: return problem(money(f.key, f.label))
        default: return nil
        }
    }

    /// A week as people type it (`WeekInput`: 2027-W02, wk 48, 48, week 48
    /// 2026, W48) or a date in it (`volgende week`, 31-12-2026).
    func week(_ key: String, _ what: String) -> Result<ISOWeek, FieldError> {
        if ISOWeek.looksLikeWeek(text(key)) {
            return Limits.week(text(key), today: today).mapError { FieldError(message: "\(what) \($0.predicate)", field: key) }
        }
        guard (today.flatMap { DayInput.parse(text(key), today: $0) } ?? Day(isoAnyYear: text(key))) != nil else {
            return .failure(FieldError(message: FormWords.weekLike(what: what, got: text(key)).text, field: key))
        }
        return day(key, what).map { ISOWeek(containing: $0) }
    }
}
