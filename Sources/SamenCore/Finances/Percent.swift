/// Percentages kept as basis points (hundredths of a percent, 1250 = 12,5 %),
/// whole numbers like money, so a rate read back is the rate written.
public enum Percent {
    /// 1250 -> "12,5 %", 1000 -> "10 %", 10100 -> "101 %": the Dutch way the network writes amounts.
    public static func text(_ basisPoints: Int64) -> String {
        let whole = basisPoints / 100, rest = (basisPoints % 100).magnitude
        let sign = basisPoints < 0 && whole == 0 ? "-" : ""
        guard rest != 0 else { return "\(sign)\(whole) %" }
        var decimals = rest < 10 ? "0\(rest)" : "\(rest)"
        while decimals.last == "0" { decimals.removeLast() }
        return "\(sign)\(whole),\(decimals) %"
    }
}
