extension HistoryLog.Entry {
    /// This line's change said again in the language shown now, through the
    /// same words that made its English summary (`ChangeSummary`): the
    /// change read back (`Change(json:)`) and applied, as the same person on
    /// the same day, to `before`, the state it was made on.
    ///
    /// A history line keeps its summary in English, as data; a Dutch screen
    /// that reports another process's save must not show that English. Nil
    /// when the line cannot be said again faithfully: a line written before
    /// Samen recorded its day and author, a change that no longer reads or
    /// that the rules refuse on `before`, or one whose English, said again,
    /// is not the line's own summary (then `before` was not the state it was
    /// made on, and the words could say something else than was saved).
    public func resaid(on before: NetworkState) -> String? {
        guard let today, let kind = identityKind,
              let identity = ChangeContext.Identity(kind: kind, person: by, actingFor: actedFor),
              let change = try? Change(json: changeValue) else { return nil }
        var state = before
        guard let outcome = try? state.apply(change, context: ChangeContext(identity: identity, now: at, today: today)),
              outcome.summary == summary else { return nil }
        return outcome.said.text
    }
}
