import SamenCore

extension CapacityView {
    /// The heat map into its area: filter bar, months and weeks, one row per
    /// visible member, the network totals and a legend. The member
    /// directory (`directory`) lends its per-member facts and its detail. Only the visible rows'
    /// cells are computed here; sums over everyone come from the view's
    /// per-week columns.
    func render(into canvas: inout Canvas, area: Rect, context ctx: PaneContext, directory: MembersPane) {
        let layout = CapacityLayout(width: area.width, height: area.height, weeks: weeks)
        renderBar(into: &canvas, area: area, context: ctx)
        if showingMember, let i = selectedIndex {
            directory.renderDetail(member(atRow: selection), facts: directory.facts[i], into: &canvas,
                                 area: Rect(x: 1, y: layout.monthsY, width: area.width - 2, height: area.height - 1 - layout.monthsY), context: ctx)
            return
        }
        renderHeader(layout: layout, into: &canvas, area: area)
        if rows.isEmpty {
            let why = total == 0 ? CapacityWords.nobodyHasHours.text : CapacityWords.nobodyMatches(question(ctx)).text
            canvas.put(why, x: 2, y: layout.firstRowY + 1, role: .dim, maxWidth: area.width - 4)
        }
        for row in visibleRows(listHeight: layout.listHeight) {
            renderRow(row, y: layout.firstRowY + row - scroll, layout: layout, into: &canvas, context: ctx, directory: directory)
        }
        canvas.horizontalLine(x: 0, y: layout.separatorY, width: area.width)
        renderTotals(layout: layout, into: &canvas)
        renderLegend(y: layout.legendY, into: &canvas, area: area, context: ctx)
    }

    /// What the rows are filtered by, in words, for the bar and the empty map.
    func question(_ ctx: PaneContext) -> String {
        let glyph = ctx.glyph, dot = ctx.dot
        var parts: [String] = []
        if !filter.isEmpty { parts.append(CapacityWords.quoted(filter).text) }
        if !skills.isEmpty { parts.append(CapacityWords.skillsQuestion(skills.joined(separator: ", ")).text) }
        if let min = minFree { parts.append(CapacityWords.freeEveryWeek(ge: glyph("≥", ">="), hours: min.shown).text) }
        return parts.isEmpty ? CapacityWords.everyone.text : parts.joined(separator: " \(dot) ")
    }

    func renderBar(into canvas: inout Canvas, area: Rect, context ctx: PaneContext) {
        let glyph = ctx.glyph, dot = ctx.dot
        var x = 1
        if showingMember, let m = selectedMember {
            x += canvas.put("\(CapacityWords.capacityCrumb.text) \(glyph("›", ">")) ", x: x, y: 1, role: .label)
            x += canvas.put(m.name, x: x, y: 1, role: .title, maxWidth: area.width / 2)
            canvas.put(CapacityWords.escBack.text, x: x, y: 1, role: .dim, maxWidth: area.width - x - 1)
            return
        }
        if filterInput.isShown {
            x += filterInput.render(into: &canvas, x: x, y: 1, maxWidth: area.width / 3)
        } else {
            x += canvas.put(area.width >= 100 ? CapacityWords.filterHintLong.text : CapacityWords.filterHintShort.text, x: x, y: 1, role: .dim)
        }
        // The question on the right, in full when it fits beside the filter,
        // else in short forms, else without the sort (the count always stays).
        let position = rows.count > CapacityLayout(width: area.width, height: area.height, weeks: weeks).listHeight ? "\(CapacityWords.row(selection + 1).text) \(dot) " : ""
        let count = position + CapacityWords.shownOf(shown: rows.count, total: total).text
        let ge = glyph("≥", ">=")
        let skillParts = skills.isEmpty ? [] : [CapacityWords.skillsList(skills.joined(separator: ", ")).text]
        let every = minFree.map { [CapacityWords.freeEveryWeek(ge: ge, hours: $0.shown).text] } ?? []
        let perWeek = minFree.map { [CapacityWords.freePerWeek(ge: ge, hours: $0.shown).text] } ?? []
        let variants: [[String]] = [
            skillParts + every + [CapacityWords.sortShown(sort.label).text, count],
            skillParts + perWeek + [CapacityWords.sortShown(sort.shortLabel).text, count],
            skillParts + perWeek + [count],
        ]
        let room = area.width - x - 3
        let right = variants.map { $0.joined(separator: "  ") }.first { DisplayWidth.of($0) <= room } ?? count
        let at = max(x + 2, area.width - DisplayWidth.of(right) - 1)
        canvas.put(right, x: at, y: 1, role: minFree != nil || !skills.isEmpty ? .accent : .dim, maxWidth: area.width - at - 1)
    }

    func renderHeader(layout: CapacityLayout, into canvas: inout Canvas, area: Rect) {
        let long = CapacityWords.titleLong.text
        let title = DisplayWidth.of(long) <= layout.nameWidth ? long : CapacityWords.titleShort.text
        canvas.put(title, x: layout.nameX, y: layout.monthsY, role: .title, maxWidth: layout.nameWidth)
        canvas.fill(x: 0, y: layout.headerY, width: area.width, height: 1, role: .header)
        canvas.put(CapacityWords.name.text, x: layout.nameX, y: layout.headerY, role: .header)
        // A month's name over its first week (the month of the week's Thursday,
        // as ISO weeks go), with the year on the first column and at January
        // when there is room before the next month's name.
        var starts: [(column: Int, year: Int, month: Int)] = []
        for k in 0..<layout.weeks {
            let week = first.advanced(by: k)
            let (year, month, _) = week.monday.advanced(by: 3).components
            if starts.last?.month != month { starts.append((k, year, month)) }
            // `W48`; where the language's week is wider than a cell (`wk 48`), the
            // number alone under one `wk` before the first week.
            let shown = week.shortShown
            if DisplayWidth.of(shown) < CapacityCell.width {
                canvas.put(shown, x: layout.cellX(k), y: layout.headerY, role: .header)
            } else {
                let n = String(week.week)
                canvas.put(String(repeating: " ", count: max(0, 3 - n.count)) + n, x: layout.cellX(k), y: layout.headerY, role: .header)
            }
        }
        let wordForWeek = String(first.shortShown.prefix { !$0.isNumber }).trimmingSpacesTUI()
        if DisplayWidth.of(first.shortShown) >= CapacityCell.width, !wordForWeek.isEmpty {
            canvas.put(wordForWeek, x: layout.cellsX - DisplayWidth.of(wordForWeek) - 1, y: layout.headerY, role: .header)
        }
        for (n, s) in starts.enumerated() {
            let x = layout.cellX(s.column)
            let room = (n + 1 < starts.count ? layout.cellX(starts[n + 1].column) : layout.freeX) - x - 1
            let month = CapacityWords.month(s.month).text
            let long = month + " \(s.year)"
            let name = (s.column == 0 || s.month == 1) && long.count <= room ? long : month
            canvas.put(name, x: x, y: layout.monthsY, role: .label, maxWidth: room)
        }
        canvas.put(CapacityWords.free.text, x: layout.freeX, y: layout.headerY, role: .header)
        canvas.put(CapacityWords.total.text, x: layout.freeX, y: layout.monthsY, role: .label)
        if layout.showsSkills { canvas.put(CapacityWords.skillsColumn.text, x: layout.skillsX, y: layout.headerY, role: .header) }
    }

    func renderRow(_ row: Int, y: Int, layout: CapacityLayout, into canvas: inout Canvas, context ctx: PaneContext, directory: MembersPane) {
        let glyph = ctx.glyph, unicode = ctx.unicode
        let m = member(atRow: row), i = index(atRow: row)
        let selected = row == selection
        let facts = directory.facts[i]
        // The name and the sum carry the selection; the cells keep their colours.
        let name = facts.needsWorkHours != nil ? "\(m.name) \(glyph("✱", "*"))" : m.name
        let nameRole: StyleRole = selected ? .selection : (facts.needsWorkHours != nil ? .needsWork : .normal)
        if selected { canvas.fill(x: 0, y: y, width: layout.nameX + layout.nameWidth, height: 1, role: .selection) }
        canvas.put(DisplayWidth.fit(name, layout.nameWidth, pad: false, ellipsis: glyph("…", "~")), x: layout.nameX, y: y, role: nameRole)
        for k in 0..<layout.weeks {
            let cell = CapacityCell(ctx.capacity.week(first.advanced(by: k), of: m), unicode: unicode)
            let x = layout.cellX(k)
            canvas.put(cell.number, x: x, y: y, role: cell.numberRole)
            canvas.put(cell.glyph, x: x + 3, y: y, role: cell.glyphRole)
        }
        let free = CapacityCell.wholeFreeHours(windowFree[i])
        let sum = free < 0 ? "\(free)!" : String(free)
        let sumRole: StyleRole = selected ? .selection : (free < 0 ? .overbooked : .normal)
        canvas.put(String(repeating: " ", count: max(0, CapacityLayout.freeWidth - sum.count)) + sum, x: layout.freeX, y: y, role: sumRole)
        if layout.showsSkills {
            canvas.put(DisplayWidth.fit(m.skills.joined(separator: ", "), layout.skillsWidth, pad: false, ellipsis: glyph("…", "~")),
                       x: layout.skillsX, y: y, role: .dim)
        }
    }

    /// The network's capacity, allocation, tentative work and utilisation per
    /// week, over everyone on the map whatever the filter shows.
    func renderTotals(layout: CapacityLayout, into canvas: inout Canvas) {
        let shown = Array(totals.prefix(layout.weeks))
        let rows: [(String, (CapacityColumns.Column) -> String, String)] = [
            (CapacityWords.networkCapacity.text, { CapacityCell.compact($0.effective) }, CapacityCell.compact(shown.reduce(0) { $0 + $1.effective })),
            (CapacityWords.allocated.text, { CapacityCell.compact($0.allocated) }, CapacityCell.compact(shown.reduce(0) { $0 + $1.allocated })),
            (CapacityWords.tentative.text, { CapacityCell.compact($0.tentative) }, CapacityCell.compact(shown.reduce(0) { $0 + $1.tentative })),
            (CapacityWords.utilised.text, { CapacityCell.percent($0.allocated, of: $0.effective) },
             CapacityCell.percent(shown.reduce(0) { $0 + $1.allocated }, of: shown.reduce(0) { $0 + $1.effective })),
        ]
        for (r, (label, value, sum)) in rows.enumerated() {
            let y = layout.totalsY + r
            let indent = r == 0 ? 0 : DisplayWidth.of(CapacityWords.networkIndent.text)
            canvas.put(label, x: layout.nameX + indent, y: y, role: r == 0 ? .label : .dim, maxWidth: layout.nameWidth - indent)
            for (k, column) in shown.enumerated() {
                let text = value(column)
                let over = r == 3 && column.allocated > column.effective + 0.05
                let role: StyleRole = over ? .overbooked : (r == 2 ? .tentative : .normal)
                canvas.put(String(repeating: " ", count: max(0, CapacityCell.width - text.count)) + text, x: layout.cellX(k), y: y, role: role)
            }
            canvas.put(String(repeating: " ", count: max(0, CapacityLayout.freeWidth - sum.count)) + sum, x: layout.freeX, y: y, role: .normal)
        }
    }

    /// What the symbols mean; the last ones give way on a narrow screen.
    func renderLegend(y: Int, into canvas: inout Canvas, area: Rect, context ctx: PaneContext) {
        let glyph = ctx.glyph, unicode = ctx.unicode
        let items: [(String, StyleRole, String)] = [
            (CapacityLevel.busy.glyph(unicode: unicode), .busy, CapacityWords.halfBooked.text),
            (CapacityLevel.full.glyph(unicode: unicode), .full, CapacityWords.full.text),
            (CapacityLevel.overbooked.glyph(unicode: unicode), .overbooked, CapacityWords.overbooked.text),
            (CapacityCell.tentativeGlyph(unicode: unicode), .tentative, CapacityWords.tentative.text),
            (glyph("·", "."), .dim, CapacityWords.noHours.text),
        ]
        var x = 1
        for (symbol, role, what) in items {
            let need = DisplayWidth.of(symbol) + 1 + DisplayWidth.of(what) + 2
            if x + need > area.width { break }
            x += canvas.put(symbol, x: x, y: y, role: role)
            x += canvas.put(" \(what)  ", x: x, y: y, role: .dim)
        }
    }
}
