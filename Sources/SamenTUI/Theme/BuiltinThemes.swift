/// The two themes compiled into the binary, so Samen starts with its own look
/// (and honours `NO_COLOR`) even where no `Themes/` directory was installed.
/// Each must equal its file in `Themes/`; ThemeTests checks that, so change
/// both together.
extension Theme {
    /// Same as `Themes/default.toml`: for terminals with a dark background.
    public static let builtinDefault = Theme(
        name: "default",
        description: "For dark terminals: calm greys, a blue selection bar, clear status colours",
        complete: [
            .normal: CellStyle(),
            .dim: CellStyle(foreground: .indexed(245)),
            .bold: CellStyle(bold: true),
            .title: CellStyle(foreground: .indexed(75), bold: true),
            .header: CellStyle(foreground: .indexed(255), background: .indexed(236), bold: true),
            .tab: CellStyle(foreground: .indexed(250), background: .indexed(236)),
            .tabActive: CellStyle(foreground: .indexed(16), background: .indexed(75), bold: true),
            .statusBar: CellStyle(foreground: .indexed(250), background: .indexed(236)),
            .statusKey: CellStyle(foreground: .indexed(222), background: .indexed(236), bold: true),
            .message: CellStyle(foreground: .indexed(117)),
            .error: CellStyle(foreground: .indexed(203), bold: true),
            .warning: CellStyle(foreground: .indexed(214)),
            .success: CellStyle(foreground: .indexed(71)),
            .selection: CellStyle(foreground: .indexed(231), background: .indexed(25), bold: true),
            .selectionInactive: CellStyle(foreground: .indexed(252), background: .indexed(238)),
            .border: CellStyle(foreground: .indexed(24)),
            .label: CellStyle(foreground: .indexed(110)),
            .input: CellStyle(foreground: .indexed(252), background: .indexed(236)),
            .inputActive: CellStyle(foreground: .indexed(231), background: .indexed(26)),
            .placeholder: CellStyle(foreground: .indexed(246), italic: true),
            .free: CellStyle(foreground: .indexed(71)),
            .busy: CellStyle(foreground: .indexed(143)),
            .full: CellStyle(foreground: .indexed(179)),
            .overbooked: CellStyle(foreground: .indexed(203), bold: true),
            .tentative: CellStyle(foreground: .indexed(170)),
            .needsWork: CellStyle(foreground: .indexed(215), bold: true),
            .left: CellStyle(foreground: .indexed(246)),
            .accent: CellStyle(foreground: .indexed(81)),
        ])

    /// Same as `Themes/mono.toml`: attributes only, the fallback for `NO_COLOR`.
    public static let builtinMono = Theme(
        name: "mono",
        description: "No colours: reverse, bold, underline and dim only (used for NO_COLOR)",
        complete: [
            .normal: CellStyle(),
            .dim: CellStyle(dim: true),
            .bold: CellStyle(bold: true),
            .title: CellStyle(bold: true, underline: true),
            .header: CellStyle(bold: true, reverse: true),
            // The current tab or stage is the one that stands out, reversed;
            // the others are plain text.
            .tab: CellStyle(),
            .tabActive: CellStyle(bold: true, reverse: true),
            // No bars: a reversed bar would hide the reversed current tab in it.
            .statusBar: CellStyle(),
            .statusKey: CellStyle(bold: true),
            .message: CellStyle(bold: true),
            .error: CellStyle(bold: true, underline: true),
            .warning: CellStyle(bold: true),
            .success: CellStyle(),
            .selection: CellStyle(reverse: true),
            .selectionInactive: CellStyle(underline: true),
            .border: CellStyle(),
            .label: CellStyle(bold: true),
            .input: CellStyle(underline: true),
            .inputActive: CellStyle(reverse: true),
            .placeholder: CellStyle(dim: true),
            .free: CellStyle(),
            .busy: CellStyle(),
            .full: CellStyle(bold: true),
            .overbooked: CellStyle(bold: true, underline: true),
            .tentative: CellStyle(dim: true),
            .needsWork: CellStyle(bold: true),
            .left: CellStyle(dim: true),
            .accent: CellStyle(bold: true),
        ])
}
