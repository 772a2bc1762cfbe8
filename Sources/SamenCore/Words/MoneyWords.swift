/// Why a typed amount is no amount.
public enum MoneyWords: Phrase, Equatable {
    case noNumber, onlyDigits, twoDigitsAfterMark, mixedSeparators, mixedThousands, tooLarge
    case groupsOfThree(String)

    public var en: String {
        switch self {
        case .noNumber: "there is no number"
        case .onlyDigits: "only digits, '.' and ',' are allowed"
        case .twoDigitsAfterMark: "use at most two digits after the decimal mark"
        case .mixedSeparators: "mixed separators"
        case .mixedThousands: "mixed thousands separators"
        case .tooLarge: "the amount is too large"
        case let .groupsOfThree(mark): "'\(mark)' must separate groups of three digits"
        }
    }

    public var nl: String {
        switch self {
        case .noNumber: "er staat geen getal"
        case .onlyDigits: "alleen cijfers, '.' en ',' mogen"
        case .twoDigitsAfterMark: "hoogstens twee cijfers na de komma"
        case .mixedSeparators: "verschillende scheidingstekens door elkaar"
        case .mixedThousands: "verschillende duizendtallen-scheidingstekens door elkaar"
        case .tooLarge: "het bedrag is te groot"
        case let .groupsOfThree(v1): "'\(v1)' moet groepen van drie cijfers scheiden"
        }
    }
}
