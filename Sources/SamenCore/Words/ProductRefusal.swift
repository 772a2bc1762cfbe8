/// Why registering a product, or naming one of its contributors, is refused.
public enum ProductRefusal: Phrase, Equatable {
    case noProduct(String, known: [String])
    case exists(String)
    case badID(String)
    case startsAfterToday(Day)
    case contributesAlready(String, product: String)
    case notAWorkingMember(String)

    public var en: String {
        switch self {
        case let .noProduct(id, known):
            "there is no product '\(id)'" + (known.isEmpty ? "; none is registered yet" : "; registered: \(known.joined(separator: ", "))")
        case let .exists(id): "there is already a product '\(id)'"
        case let .badID(id): "'\(id)' cannot be a product id: use lower-case letters, digits and dashes, at most 40"
        case let .startsAfterToday(day): "a product is registered once it exists; \(day) is after today"
        case let .contributesAlready(name, product): "\(name) is already a contributor to \(product)"
        case let .notAWorkingMember(id): "'\(id)' is not a member who takes on work (an applicant, an external, or someone who left)"
        }
    }

    public var nl: String {
        switch self {
        case let .noProduct(v1, v2):
            "er is geen product '\(v1)'" + (v2.isEmpty ? "; er is nog geen geregistreerd" : "; geregistreerd: \(v2.joined(separator: ", "))")
        case let .exists(v1): "er is al een product '\(v1)'"
        case let .badID(v1): "'\(v1)' kan geen product-id zijn: gebruik kleine letters, cijfers en streepjes, hoogstens 40"
        case let .startsAfterToday(v1): "een product registreer je als het er is; \(NL.d(v1)) is na vandaag"
        case let .contributesAlready(v1, v2): "\(v1) draagt al bij aan \(v2)"
        case let .notAWorkingMember(v1): "'\(v1)' is geen lid dat werk aanneemt (een aspirant, een externe, of iemand die vertrok)"
        }
    }
}
