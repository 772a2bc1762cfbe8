import SamenCore

/// A form of labelled fields: Tab between them, type into text fields,
/// ←/→ or Space through choices, Enter saves, Esc cancels. The form only
/// holds what was typed; what it means is decided by whoever built it, and
/// whether it is allowed by the domain's rules, whose messages it shows.
struct FormState: Equatable {
    struct Field: Equatable {
        enum Kind: Equatable { case text, number, choice([String]) }
        var key: String
        var label: String
        var kind: Kind
        var value: String
        var hint: String = ""
    }

    enum Outcome { case editing, cancelled, submitted }

    var title: String
    /// What saving means: which change the fields become.
    var purpose: String
    var fields: [Field]
    var focus = 0
    var error: String?
    var errorField: String?
    /// Something worth knowing that does not stop saving (a topic tag like
    /// one in use); shown where an error would be, when there is none.
    var notice: String?
    /// Set while the change is being saved, so Enter cannot send it twice.
    var submitting = false
    /// What Enter does, in the form's key line: "save" a change, "apply" a question.
    var submitLabel = "save"
    /// A question's form: a field's value is selected when the field gets the
    /// focus, so typing replaces it (as in a dialog box) instead of turning
    /// "12" weeks into "123". Shown selected until the first key.
    var replacesOnType = false
    /// No key has been pressed in the focused field since it got the focus.
    private(set) var untouched = true
    private(set) var original: [String]

    init(title: String, purpose: String, fields: [Field]) {
        self.title = title
        self.purpose = purpose
        self.fields = fields
        self.original = fields.map(\.value)
    }

    func value(_ key: String) -> String { fields.first { $0.key == key }?.value ?? "" }
    func changed(_ key: String) -> Bool {
        guard let i = fields.firstIndex(where: { $0.key == key }) else { return false }
        return fields[i].value != original[i]
    }

    mutating func showError(_ text: String, field: String?) {
        error = text
        errorField = field
        if let field, let i = fields.firstIndex(where: { $0.key == field }) { focus = i; untouched = true }
    }

    mutating func key(_ key: Key) -> Outcome {
        guard !submitting else { return .editing }
        switch key {
        case .escape: return .cancelled
        case .enter: return .submitted
        case .tab, .down: focus = (focus + 1) % fields.count; untouched = true
        case .backTab, .up: focus = (focus + fields.count - 1) % fields.count; untouched = true
        case .left, .right:
            cycle(key == .left ? -1 : 1)  // only a choice field cycles; text has no cursor to move
        case .char(" ") where isChoice:
            cycle(1)
        case .backspace:
            untouched = false
            if !fields[focus].value.isEmpty && !isChoice { fields[focus].value.removeLast(); clearErrorIfHere() }
        case .ctrl("u"):
            untouched = false
            if !isChoice { fields[focus].value = ""; clearErrorIfHere() }
        case let .char(c):
            if case .choice = fields[focus].kind {
                // A letter jumps to the first choice that starts with it.
                if case let .choice(options) = fields[focus].kind, let hit = options.first(where: { $0.lowercased().hasPrefix(String(c).lowercased()) }) {
                    fields[focus].value = hit
                }
            } else if fields[focus].kind == .number && !(c.isNumber || c == "-") {
                error = "\(fields[focus].label) takes a number"
                errorField = fields[focus].key
            } else {
                if replacesOnType && untouched { fields[focus].value = "" }
                untouched = false
                fields[focus].value.append(c)
                clearErrorIfHere()
            }
        default: break
        }
        return .editing
    }

    var isChoice: Bool { if case .choice = fields[focus].kind { return true } else { return false } }

    mutating func cycle(_ step: Int) {
        guard case let .choice(options) = fields[focus].kind, !options.isEmpty else { return }
        let at = options.firstIndex(of: fields[focus].value) ?? 0
        fields[focus].value = options[(at + step + options.count) % options.count]
    }

    mutating func clearErrorIfHere() {
        if errorField == fields[focus].key || errorField == nil { error = nil; errorField = nil }
    }

    /// Draws the form centred over the pane.
    func render(into canvas: inout Canvas, width: Int, height: Int) {
        let w = min(76, width - 4)
        let labelWidth = min(16, fields.map { DisplayWidth.of($0.label) }.max() ?? 10) + 1
        let errorLines = (error ?? notice) == nil ? 0 : 1
        let h = min(height - 2, fields.count + 4 + errorLines)
        let x = (width - w) / 2, y = max(1, (height - h) / 2)
        canvas.fill(x: x, y: y, width: w, height: h, role: .normal)
        canvas.box(x: x, y: y, width: w, height: h, title: title)
        let visible = h - 4 - errorLines
        let first = max(0, min(focus - visible + 1, fields.count - visible))
        for (row, i) in (first..<min(fields.count, first + visible)).enumerated() {
            let f = fields[i]
            let ry = y + 1 + row
            let focused = i == focus
            canvas.put(f.label, x: x + 2, y: ry, role: f.key == errorField ? .error : .label, maxWidth: labelWidth)
            let fieldWidth = w - labelWidth - 5
            var shown = f.value
            if case .choice = f.kind { shown = canvas.unicode ? "‹ \(f.value) ›" : "< \(f.value) >" }
            if shown.isEmpty && !focused && !f.hint.isEmpty { shown = "(\(f.hint))" }
            let role: StyleRole = focused ? .inputActive : (f.value.isEmpty ? .placeholder : .input)
            canvas.fill(x: x + 2 + labelWidth, y: ry, width: fieldWidth, height: 1, role: role)
            // Selected text wears the active tab's highlight: unlike `.selection`,
            // it differs from the active field in every shipped theme, mono too.
            let selected = focused && replacesOnType && untouched && !f.value.isEmpty && !isChoiceField(f)
            // Keep the end of a long value (where typing happens) in view.
            var text = shown
            while DisplayWidth.of(text) > fieldWidth - 1 { text.removeFirst() }
            let used = canvas.put(text, x: x + 2 + labelWidth, y: ry, role: selected ? .tabActive : role, maxWidth: fieldWidth)
            if focused, !isChoiceField(f) { canvas.put(canvas.unicode ? "▏" : "_", x: x + 2 + labelWidth + used, y: ry, role: .inputActive) }
        }
        if let error {
            canvas.put(error, x: x + 2, y: y + h - 3, role: .error, maxWidth: w - 4)
        } else if let notice {
            canvas.put(notice, x: x + 2, y: y + h - 3, role: .warning, maxWidth: w - 4)
        }
        let (dot, arrows) = canvas.unicode ? ("·", "←→") : ("-", "<- ->")
        let keys = submitting ? "saving..." : "Tab next field \(dot) \(arrows) choose \(dot) Enter \(submitLabel) \(dot) Esc cancel"
        canvas.put(keys, x: x + 2, y: y + h - 2, role: .dim, maxWidth: w - 4)
    }

    private func isChoiceField(_ f: Field) -> Bool { if case .choice = f.kind { return true } else { return false } }
}

/// Reading typed fields as domain values, with `Limits`' ranges and a message
/// naming the field, so every form refuses what the command line and the
/// loader refuse, in the same words.
extension FormState {
    struct FieldError: Error, Equatable { var message: String; var field: String }

    private func text(_ key: String) -> String { value(key).trimmingSpacesTUI() }

    /// A date like 2026-12-31 between `Limits.firstDay` and `Limits.lastDay`.
    func day(_ key: String, _ what: String) -> Result<Day, FieldError> {
        let t = text(key)
        guard Day(isoAnyYear: t) != nil else { return .failure(FieldError(message: "\(what) must look like 2026-12-31, got '\(t)'", field: key)) }
        return Limits.day(t).mapError { FieldError(message: "\(what) \($0.predicate)", field: key) }
    }

    /// An optional date: empty is nil.
    func optionalDay(_ key: String, _ what: String) -> Result<Day?, FieldError> {
        text(key).isEmpty ? .success(nil) : day(key, what).map { $0 }
    }

    /// A whole number in `range`; empty is nil.
    func integer(_ key: String, _ what: String, in range: ClosedRange<Int>, unit: String = "") -> Result<Int?, FieldError> {
        if text(key).isEmpty { return .success(nil) }
        return Limits.integer(text(key), in: range, unit: unit).map { $0 }.mapError { FieldError(message: "\(what) \($0.predicate)", field: key) }
    }

    /// A week like 2027-W02 or a date in it.
    func week(_ key: String, _ what: String) -> Result<ISOWeek, FieldError> {
        let t = text(key).uppercased()
        if ISOWeek.looksLikeWeek(t) { return Limits.week(t).mapError { FieldError(message: "\(what) \($0.predicate)", field: key) } }
        return day(key, what).map { ISOWeek(containing: $0) }
    }
}
