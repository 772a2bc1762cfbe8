import SamenCore

extension SuggestionsView {
    /// A click selects a member's line; the wheel scrolls.
    mutating func mouse(_ m: MouseEvent, area: Rect, _ ctx: PaneContext) {
        guard !showingMember else { return }
        let layout = layout(area, ctx)
        if let motion = ListMotion(wheel: m.kind) {
            apply(motion, listHeight: layout.listHeight)
        } else if let line = ListState(selection: 0, scroll: scroll)
                    .row(atY: m.y, firstRowY: layout.firstRowY, count: lines.count, height: layout.listHeight),
                  let k = selectable.firstIndex(of: line) {
            // Only a line that names someone can be selected.
            apply(.by(k - selection), listHeight: layout.listHeight)
        }
    }
}
