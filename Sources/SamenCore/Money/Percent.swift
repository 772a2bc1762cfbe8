/// Percentages are kept as basis points (1250 = 12,5 %) so a rate is exact;
/// this writes one the way the network's money style writes decimals.
public enum Percent {
    /// `12,5 %` (nl) or `12.5%` (en); whole numbers without decimals.
    public static func format(basisPoints bp: Int64, _ style: MoneyStyle) -> String {
        let sign = bp < 0 ? "-" : ""
        let m = bp.magnitude
        var text = "\(m / 100)"
        var fraction = m % 100
        if fraction != 0 {
            var digits = fraction < 10 ? "0\(fraction)" : "\(fraction)"
            while fraction % 10 == 0 { fraction /= 10; digits.removeLast() }
            text += (style == .nl ? "," : ".") + digits
        }
        return sign + text + (style == .nl ? " %" : "%")
    }
}
