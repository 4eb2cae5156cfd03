#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Refuses hosts that resolve to loopback, private, link-local, shared or cloud-metadata
/// addresses, so links in fetched pages cannot steer the crawler into the local network (SSRF).
///
/// Two checks: before a discovered URL is fetched, its host name is resolved and every address
/// checked (a clear early refusal); and the fetcher used for discovered URLs checks the peer
/// address of every connection it opens, before any request is sent on it
/// (`refusal(connectedTo:)`), so a DNS answer that changes between the two lookups (rebinding)
/// is caught where it matters. Redirect targets and discovered links are checked; URLs the
/// user names are trusted.
public enum AddressGuard {
    /// Why a host is refused, or nil when all its addresses are public.
    public static func refusal(host: String) -> String? {
        let lower = host.lowercased()
        if lower == "localhost" || lower.hasSuffix(".localhost") || lower == "metadata.google.internal"
            || lower.hasSuffix(".internal") || lower.hasSuffix(".local") {
            return "host '\(host)' is a local name"
        }
        let addresses = resolve(host)
        if addresses.isEmpty { return nil }  // unresolvable: the fetch fails on its own
        for address in addresses {
            if let why = classify(address) { return "host '\(host)' resolves to \(address.text) (\(why))" }
        }
        return nil
    }

    /// Why a connection to the peer address `text` (numeric IPv4 or IPv6) must not be used, or
    /// nil when the address is public. Unparsable addresses are refused.
    public static func refusal(connectedTo text: String) -> String? {
        guard let address = Address(numeric: text) else { return "connected to an unknown address '\(text)'" }
        return classify(address).map { "connected to \(address.text) (\($0))" }
    }

    /// An IPv4 or IPv6 address as bytes, with its text form.
    public struct Address: Sendable, Equatable {
        public var bytes: [UInt8]
        public var text: String

        public init(bytes: [UInt8], text: String) {
            self.bytes = bytes
            self.text = text
        }

        /// Parses a numeric IPv4 (`192.0.2.1`) or IPv6 (`2001:db8::1`, `::ffff:10.0.0.1`) address.
        public init?(numeric text: String) {
            let bare = String(text.prefix { $0 != "%" })  // an IPv6 zone index names no other host
            var v4 = in_addr(), v6 = in6_addr()
            if inet_pton(AF_INET, bare, &v4) == 1 {
                self.init(bytes: withUnsafeBytes(of: &v4) { Array($0) }, text: bare)
            } else if inet_pton(AF_INET6, bare, &v6) == 1 {
                self.init(bytes: withUnsafeBytes(of: &v6) { Array($0) }, text: bare)
            } else {
                return nil
            }
        }
    }

    /// Resolves with getaddrinfo (numeric literals included).
    public static func resolve(_ host: String) -> [Address] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &result) == 0, let first = result else { return [] }
        defer { freeaddrinfo(first) }
        var out: [Address] = []
        var node: UnsafeMutablePointer<addrinfo>? = first
        while let info = node {
            if let sa = info.pointee.ai_addr {
                var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
                if info.pointee.ai_family == AF_INET {
                    var a = sa.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
                    let bytes = withUnsafeBytes(of: &a) { Array($0) }
                    inet_ntop(AF_INET, &a, &text, socklen_t(text.count))
                    out.append(Address(bytes: bytes, text: String(cString: text)))
                } else if info.pointee.ai_family == AF_INET6 {
                    var a = sa.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee.sin6_addr }
                    let bytes = withUnsafeBytes(of: &a) { Array($0) }
                    inet_ntop(AF_INET6, &a, &text, socklen_t(text.count))
                    out.append(Address(bytes: bytes, text: String(cString: text)))
                }
            }
            node = info.pointee.ai_next
        }
        return out
    }

    /// Why an address is not public, or nil.
    public static func classify(_ address: Address) -> String? {
        let b = address.bytes
        if b.count == 4 { return classifyV4(b) }
        guard b.count == 16 else { return "unknown address family" }
        if b.allSatisfy({ $0 == 0 }) { return "unspecified" }
        if b[0..<15].allSatisfy({ $0 == 0 }) && b[15] == 1 { return "loopback" }
        if b[0..<10].allSatisfy({ $0 == 0 }) && b[10] == 0xff && b[11] == 0xff { return classifyV4(Array(b[12..<16])) }
        if b[0] & 0xfe == 0xfc { return "unique local (private)" }
        if b[0] == 0xfe && b[1] & 0xc0 == 0x80 { return "link-local" }
        if b[0] == 0xff { return "multicast" }
        if b[0] == 0x20 && b[1] == 0x02 { return classifyV4(Array(b[2..<6])).map { "6to4 of \($0)" } }
        return nil
    }

    private static func classifyV4(_ b: [UInt8]) -> String? {
        switch (b[0], b[1]) {
        case (127, _): return "loopback"
        case (10, _), (172, 16...31), (192, 168): return "private"
        case (169, 254): return b[2] == 169 && b[3] == 254 ? "cloud metadata" : "link-local"
        case (100, 64...127): return "shared address space"
        case (0, _): return "this network"
        case (224...255, _): return "multicast or reserved"
        case (192, 0) where b[2] == 0: return "IETF protocol assignments"
        default: return nil
        }
    }
}
