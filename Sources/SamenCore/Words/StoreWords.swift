/// What the store was doing when the system refused it ("cannot read"),
/// said before the path and the system's own reason.
public enum FileAction: Phrase, Sendable {
    case open, openDirectory, openTheDirectory, openLockFile, openJournal, openInterruptedJournal
    case stat, read, write, flush, setMode, create, createDirectory, close
    case replace, cutBack, lock, remove, removeDirectory, removeUnsaved
    case commitIn, commitAs, emptyJournal, moveIntoPlace, lookAt

    public var en: String {
        switch self {
        case .open: "cannot open"
        case .openDirectory: "cannot open directory"
        case .openTheDirectory: "cannot open the directory"
        case .openLockFile: "cannot open the lock file"
        case .openJournal: "cannot open the journal"
        case .openInterruptedJournal: "cannot open the journal of an interrupted save,"
        case .stat: "cannot stat"
        case .read: "cannot read"
        case .write: "cannot write"
        case .flush: "cannot flush to disk (fsync)"
        case .setMode: "cannot set the mode of"
        case .create: "cannot create"
        case .createDirectory: "cannot create the directory"
        case .close: "cannot close"
        case .replace: "cannot replace"
        case .cutBack: "cannot cut back the incomplete line of"
        case .lock: "cannot lock"
        case .remove: "cannot remove"
        case .removeDirectory: "cannot remove the directory"
        case .removeUnsaved: "cannot remove the unsaved"
        case .commitIn: "cannot commit the save in"
        case .commitAs: "cannot commit the save as"
        case .emptyJournal: "cannot empty the journal"
        case .moveIntoPlace: "cannot move the new version into place as"
        case .lookAt: "cannot look at"
        }
    }

    public var nl: String {
        switch self {
        case .open: "kan niet openen:"
        case .openDirectory: "kan de map niet openen:"
        case .openTheDirectory: "kan de map niet openen:"
        case .openLockFile: "kan het slotbestand niet openen:"
        case .openJournal: "kan het journaal niet openen:"
        case .openInterruptedJournal: "kan het journaal van een onderbroken opslag niet openen:"
        case .stat: "kan niet bekijken:"
        case .read: "kan niet lezen:"
        case .write: "kan niet schrijven:"
        case .flush: "kan niet naar schijf wegschrijven (fsync):"
        case .setMode: "kan de rechten niet zetten van"
        case .create: "kan niet aanmaken:"
        case .createDirectory: "kan de map niet aanmaken:"
        case .close: "kan niet sluiten:"
        case .replace: "kan niet vervangen:"
        case .cutBack: "kan de onvolledige regel niet weghalen uit"
        case .lock: "kan niet op slot zetten:"
        case .remove: "kan niet weghalen:"
        case .removeDirectory: "kan de map niet weghalen:"
        case .removeUnsaved: "kan het niet-opgeslagen bestand niet weghalen:"
        case .commitIn: "kan de opslag niet vastleggen in"
        case .commitAs: "kan de opslag niet vastleggen als"
        case .emptyJournal: "kan het journaal niet leegmaken:"
        case .moveIntoPlace: "kan de nieuwe versie niet op zijn plaats zetten als"
        case .lookAt: "kan niet bekijken:"
        }
    }
}

/// What the store says when a file or directory cannot be used or a save
/// cannot be finished. Paths stay as they are (what a person looks for);
/// the system's own reason (strerror) stays as the system says it.
public enum StoreWords: Phrase, Sendable {
    case failed(FileAction, path: String, reason: String)
    case symbolicLink(String)
    case notRegular(String)
    case missing(String)
    case hardLinks(String, names: Int)
    case foreign(String, holds: String)
    case linesNotUTF8(String)
    case journalNotPlain(String)
    case journalNotOurs(why: JournalFault)
    case journalNotPlainNothingChanged
    case notAsLeft(String, size: Int64, before: Int64, end: Int64)
    case interruptedNotFinished(any Phrase)
    case noSuchDirectory(String)
    case alreadyExists
    case createdNotWritten(any Phrase)
    case changeNotSaved(any Phrase)
    case noBaseline(any Phrase)
    case baselineNotInPlace(any Phrase)
    case baselineOfPartDirectory(String)
    case historyNotRecorded(ChangeSummary, reason: any Phrase)

    public var en: String {
        switch self {
        case let .failed(what, path, reason): "\(what.en) \(path): \(reason)"
        case let .symbolicLink(path): "\(path) is a symbolic link; Samen never reads or writes through one, since another user could point it at a file of yours. Remove it (and restore the real file from a backup or git) and try again"
        case let .notRegular(path): "\(path) is not a regular file; Samen only reads and writes plain files in its data directory. Move it out of the way and try again"
        case let .missing(path): "\(path) is missing; Samen never takes a missing file to mean an empty one (ids would be used twice). Restore it from a backup or git and try again"
        case let .hardLinks(path, n): "\(path) has \(n) names (hard links); Samen only appends to a file with one, so a write cannot land in another file. Replace it with a copy (cp, then mv over it) and try again"
        case let .foreign(path, foreign): "\(path) holds \(foreign), which Samen did not write; move it out of the way and try again"
        case let .linesNotUTF8(file): "the lines for \(file) are not valid UTF-8; nothing was saved"
        case let .journalNotPlain(file): "\(file) is not a plain file of its own (a link, or a file with other names); nothing was saved. Remove it if no save is under way"
        case let .journalNotOurs(why): "the journal of an interrupted save is not one Samen wrote (\(why.en)); nothing was changed. Look at it, and remove it only if no save is under way"
        case .journalNotPlainNothingChanged: "is not a plain file of its own (a link, or a file with other names); nothing was changed. Remove it if no save is under way"
        case let .notAsLeft(path, size, before, end): "\(path) is not as the interrupted save left it (\(size) bytes, expected \(before) to \(end)); nothing more was changed"
        case let .interruptedNotFinished(why): "an interrupted save could not be finished: \(why.en)"
        case let .noSuchDirectory(dir): "no such directory (create one with `samen init --data \(dir)`)"
        case .alreadyExists: "already exists; Samen will not overwrite a data directory (choose an empty one)"
        case let .createdNotWritten(why): "created, but not yet written out in full: \(why.en); opening the directory finishes it"
        case let .changeNotSaved(why): "the change was not saved: \(why.en)"
        case let .noBaseline(why): "no baseline was made: \(why.en)"
        case let .baselineNotInPlace(why): "the baseline was made but not yet put in place: \(why.en); the next save or `samen check` finishes it"
        case let .baselineOfPartDirectory(path): "\(path) is missing; Samen makes no baseline of a directory that is not whole"
        case let .historyNotRecorded(summary, why): "saved (\(summary.en)), but not yet written out in full: \(why.en); the next change finishes it; do not repeat the change"
        }
    }

    public var nl: String {
        switch self {
        case let .failed(v1, v2, v3): "\(v1.nl) \(v2): \(v3)"
        case let .symbolicLink(v1): "\(v1) is een symbolische link; Samen leest en schrijft nooit via een link, want een ander kan hem naar een bestand van jou laten wijzen. Haal hem weg (en zet het echte bestand terug uit een back-up of git) en probeer het opnieuw"
        case let .notRegular(v1): "\(v1) is geen gewoon bestand; Samen leest en schrijft in zijn datamap alleen gewone bestanden. Zet het opzij en probeer het opnieuw"
        case let .missing(v1): "\(v1) ontbreekt; Samen leest een ontbrekend bestand nooit als een leeg bestand (dan zouden id's twee keer gebruikt worden). Zet het terug uit een back-up of git en probeer het opnieuw"
        case let .hardLinks(v1, v2): "\(v1) heeft \(v2) namen (harde links); Samen schrijft alleen bij in een bestand met één naam, zodat niets in een ander bestand belandt. Vervang het door een kopie (cp, dan mv eroverheen) en probeer het opnieuw"
        case let .foreign(v1, v2): "in \(v1) staat \(v2), en dat heeft Samen niet geschreven; zet het opzij en probeer het opnieuw"
        case let .linesNotUTF8(v1): "de regels voor \(v1) zijn geen geldige UTF-8; er is niets opgeslagen"
        case let .journalNotPlain(v1): "\(v1) is geen gewoon, eigen bestand (een link, of een bestand met meer namen); er is niets opgeslagen. Haal het weg als er niet net iemand opslaat"
        case let .journalNotOurs(v1): "het journaal van een onderbroken opslag is niet door Samen geschreven (\(v1.nl)); er is niets veranderd. Bekijk het, en haal het alleen weg als er niet net iemand opslaat"
        case .journalNotPlainNothingChanged: "is geen gewoon, eigen bestand (een link, of een bestand met meer namen); er is niets veranderd. Haal het weg als er niet net iemand opslaat"
        case let .notAsLeft(v1, v2, v3, v4): "\(v1) is niet meer zoals de onderbroken opslag het achterliet (\(v2) bytes, verwacht \(v3) tot \(v4)); er is verder niets veranderd"
        case let .interruptedNotFinished(v1): "een onderbroken opslag kon niet worden afgemaakt: \(v1.nl)"
        case let .noSuchDirectory(v1): "deze map bestaat niet (maak er een met `samen init --data \(v1)`)"
        case .alreadyExists: "bestaat al; Samen overschrijft geen datamap (kies een lege)"
        case let .createdNotWritten(v1): "aangemaakt, maar nog niet helemaal weggeschreven: \(v1.nl); de map openen maakt het af"
        case let .changeNotSaved(v1): "de wijziging is niet opgeslagen: \(v1.nl)"
        case let .noBaseline(v1): "er is geen nulmeting gemaakt: \(v1.nl)"
        case let .baselineNotInPlace(v1): "de nulmeting is gemaakt maar staat nog niet op zijn plaats: \(v1.nl); de volgende keer opslaan of `samen check` maakt het af"
        case let .baselineOfPartDirectory(v1): "\(v1) ontbreekt; Samen maakt geen nulmeting van een map die niet compleet is"
        case let .historyNotRecorded(v1, v2): "opgeslagen (\(v1.nl)), maar nog niet helemaal weggeschreven: \(v2.nl); de volgende wijziging maakt het af; doe de wijziging niet nog eens"
        }
    }
}

/// How long ago, in a short unit: `90 s`, `5 min`, `3 h`, `4 days`.
public enum Age: Phrase, Sendable {
    case seconds(Int64), minutes(Int64), hours(Int64), days(Int64)

    public init(seconds: Int64) {
        let s = max(0, seconds)
        if s < 120 { self = .seconds(s) } else if s < 7_200 { self = .minutes(s / 60) } else if s < 172_800 { self = .hours(s / 3_600) } else { self = .days(s / 86_400) }
    }

    public var en: String {
        switch self {
        case let .seconds(n): "\(n) s"
        case let .minutes(n): "\(n) min"
        case let .hours(n): "\(n) h"
        case let .days(n): "\(n) days"
        }
    }

    public var nl: String {
        switch self {
        case let .seconds(v1): "\(v1) s"
        case let .minutes(v1): "\(v1) min"
        case let .hours(v1): "\(v1) uur"
        case let .days(v1): "\(v1) dagen"
        }
    }
}

/// Why a shared data directory cannot be made or given its group (`samen
/// init --group`). Paths, groups and commands stay as typed.
public enum SharedDirectoryWords: Phrase, Sendable {
    case groupOfAnother(String, group: String)
    case groupFailed(String, group: String, reason: String)
    case noGroup(String)
    case notInGroup(String, me: String)

    public var en: String {
        switch self {
        case let .groupOfAnother(path, group): "cannot give \(path) the group '\(group)': it belongs to another user, who can (chgrp \(group) \(path); chmod 2770 \(path))"
        case let .groupFailed(path, group, reason): "cannot give \(path) the group '\(group)': \(reason)"
        case let .noGroup(name): "there is no Unix group '\(name)' (an administrator creates it with `groupadd \(name)` and adds members with `usermod -aG \(name) LOGIN`)"
        case let .notInGroup(name, me): "you (\(me)) are not in the Unix group '\(name)'; an administrator adds you with `usermod -aG \(name) \(me)`, then log in again"
        }
    }

    public var nl: String {
        switch self {
        case let .groupOfAnother(v1, v2): "kan \(v1) niet de groep '\(v2)' geven: de map is van een ander, en die kan het wel (chgrp \(v2) \(v1); chmod 2770 \(v1))"
        case let .groupFailed(v1, v2, v3): "kan \(v1) niet de groep '\(v2)' geven: \(v3)"
        case let .noGroup(v1): "er is geen Unix-groep '\(v1)' (een beheerder maakt hem met `groupadd \(v1)` en voegt leden toe met `usermod -aG \(v1) LOGIN`)"
        case let .notInGroup(v1, v2): "je (\(v2)) zit niet in de Unix-groep '\(v1)'; een beheerder voegt je toe met `usermod -aG \(v1) \(v2)`, en dan log je opnieuw in"
        }
    }
}

/// Why a save's journal is not one Samen wrote, in a few words.
public enum JournalFault: Phrase, Sendable {
    case tooLarge, noHeader, notAnObject, partsMissing, foreignRename, foreignAppend
    case foreignRemoval(String)
    case unreadable(any Phrase)

    public var en: String {
        switch self {
        case .tooLarge: "too large"
        case .noHeader: "no header"
        case .notAnObject: "not an object"
        case .partsMissing: "renames, appends or removes missing"
        case .foreignRename: "a rename that is not of a data file"
        case .foreignAppend: "an append that is not to the ledger or the history"
        case let .foreignRemoval(file): "a removal of something else than \(file)"
        case let .unreadable(why): why.en
        }
    }

    public var nl: String {
        switch self {
        case .tooLarge: "te groot"
        case .noHeader: "geen kopregel"
        case .notAnObject: "geen object"
        case .partsMissing: "renames, appends of removes ontbreekt"
        case .foreignRename: "een hernoeming van iets anders dan een databestand"
        case .foreignAppend: "een toevoeging aan iets anders dan het grootboek of de geschiedenis"
        case let .foreignRemoval(v1): "het weghalen van iets anders dan \(v1)"
        case let .unreadable(v1): v1.nl
        }
    }
}
