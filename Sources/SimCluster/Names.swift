/// Random and hashed name parts in the alphabet Kubernetes uses for them.
enum Names {
  /// The characters of generated name suffixes (no vowels, no look-alikes).
  static let alphabet = Array("bcdfghjklmnpqrstvwxz2456789")

  /// `count` random characters, e.g. the "x7k2p" of a pod name.
  static func suffix(_ count: Int) -> String {
    String((0..<count).map { _ in alphabet.randomElement() ?? "x" })
  }

  /// A stable 10-character hash of `object`, like `pod-template-hash`; nulls and
  /// empty objects do not count, so a template that went through Go's structs
  /// (which adds `creationTimestamp: null`) hashes the same.
  static func templateHash(_ object: SimJSON) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in object.pruned.encoded(sortedKeys: true) {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    var text = ""
    for _ in 0..<10 {
      text.append(alphabet[Int(hash % UInt64(alphabet.count))])
      hash /= UInt64(alphabet.count)
    }
    return text
  }

  /// `count` random lowercase hex digits.
  static func hex(_ count: Int) -> String {
    String((0..<count).map { _ in Array("0123456789abcdef").randomElement() ?? "0" })
  }
}

extension SimJSON {
  /// This value without null members and without members that are empty objects.
  var pruned: SimJSON {
    switch self {
    case .object(let members):
      var kept: [String: SimJSON] = [:]
      for (key, value) in members {
        let inner = value.pruned
        if inner != .null, inner != .emptyObject { kept[key] = inner }
      }
      return .object(kept)
    case .array(let items): return .array(items.map(\.pruned))
    default: return self
    }
  }
}
