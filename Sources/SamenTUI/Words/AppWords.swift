import SamenCore

/// What the dashboard's shell says around the panes: saved, refused,
/// reloaded, cancelled, a lock waited for, the header's verification mark,
/// and the question before a spelling that looks like a slip.
enum AppWords: Phrase {
    case administrator(String)
    case givesUpAfter(wait: String, seconds: String)
    case cannotReload(String)
    case reloadedOnDisk
    case reloadedOne(who: String, summary: String)
    case reloadedMany(count: Int, who: String)
    /// One change another process saved that cannot be said again in this language.
    case reloadedChangedBy(who: String)
    case signatureDoesNotHold(Int)
    case signed
    case unsigned(Int)
    case cancelledNothingSaved
    case notAllowed(String)
    case keepsAsTyped
    case pastedNowhere
    case saved(String)
    case savedNote(String)
    case notSaved(String)
    case doesNotVerifyAt(String)
    case verifying
    case verified(check: Bool)
    case signedSuffix
    case unsignedSuffix(Int)
    case unverifiable
    case doesNotVerify(mark: String)

    var en: String {
        switch self {
        case let .administrator(who): "\(who) (administrator)"
        case let .givesUpAfter(wait, seconds): "\(wait) (gives up if that holder keeps it \(seconds) s)"
        case let .cannotReload(error): "cannot reload: \(error)"
        case .reloadedOnDisk: "reloaded: the data changed on disk"
        case let .reloadedOne(who, summary): "reloaded: \(who) \(summary)"
        case let .reloadedMany(count, who): "reloaded: \(count) changes by \(who)"
        case let .reloadedChangedBy(who): "reloaded: changed by \(who)"
        case let .signatureDoesNotHold(n): " (\(n == 1 ? "a signature does" : "\(n) signatures do") not hold: see samen history)"
        case .signed: " (signed)"
        case let .unsigned(n): " (\(n) unsigned)"
        case .cancelledNothingSaved: "cancelled; nothing saved"
        case let .notAllowed(why): "not allowed: \(why)"
        case .keepsAsTyped: "(Enter keeps it as typed)"
        case .pastedNowhere: "pasted text goes into a filter (/) or a form's field; nothing was done with it"
        case let .saved(summary): "saved: \(summary)"
        case let .savedNote(note): "saved, note: \(note)"
        case let .notSaved(error): "not saved: \(error)"
        case let .doesNotVerifyAt(place): "the data does not verify at \(place): `samen verify` says what differs"
        case .verifying: "verifying"
        case let .verified(check): check ? "✓ verified" : "verified"
        case .signedSuffix: ", signed"
        case let .unsignedSuffix(n): ", \(n) unsigned"
        case .unverifiable: "unverifiable"
        case let .doesNotVerify(mark): "\(mark) does not verify"
        }
    }

    var nl: String {
        switch self {
        case let .administrator(a): "\(a) (beheerder)"
        case let .givesUpAfter(a, b): "\(a) (geeft het op als die het \(b) s houdt)"
        case let .cannotReload(a): "kan niet opnieuw laden: \(a)"
        case .reloadedOnDisk: "opnieuw geladen: de gegevens op schijf zijn veranderd"
        case let .reloadedOne(a, b): "opnieuw geladen, van \(a): \(b)"
        case let .reloadedMany(a, b): "opnieuw geladen: \(a) wijzigingen door \(b)"
        case let .reloadedChangedBy(a): "opnieuw geladen: bijgewerkt door \(a)"
        case let .signatureDoesNotHold(n): " (" + plural(n, "een handtekening klopt", "# handtekeningen kloppen") + " niet: zie samen history)"
        case .signed: " (ondertekend)"
        case let .unsigned(n): " (\(n) niet ondertekend)"
        case .cancelledNothingSaved: "geannuleerd; niets opgeslagen"
        case let .notAllowed(a): "mag niet: \(a)"
        case .keepsAsTyped: "(Enter houdt het zoals je het typte)"
        case .pastedNowhere: "geplakte tekst hoort in een zoekveld (/) of een veld van een formulier; er is niets mee gedaan"
        case let .saved(a): "opgeslagen: \(a)"
        case let .savedNote(a): "opgeslagen, let op: \(a)"
        case let .notSaved(a): "niet opgeslagen: \(a)"
        case let .doesNotVerifyAt(a): "de gegevens kloppen niet bij \(a): `samen verify` zegt wat er verschilt"
        case .verifying: "controleren"
        case let .verified(a): a ? "✓ gecontroleerd" : "gecontroleerd"
        case .signedSuffix: ", ondertekend"
        case let .unsignedSuffix(n): ", \(n) niet ondertekend"
        case .unverifiable: "niet te controleren"
        case let .doesNotVerify(a): "\(a) klopt niet"
        }
    }
}
