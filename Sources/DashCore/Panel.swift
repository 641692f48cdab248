/// A panel of the main screen; Tab moves the focus through them in this order.
public enum Panel: String, Sendable, CaseIterable, Hashable {
  case pods
  case ingress
  case certificate
  case health
  case events

  /// The panel's title as the screen shows it.
  public var title: String {
    switch self {
    case .pods: "Pods"
    case .ingress: "Ingress"
    case .certificate: "Certificate"
    case .health: "Public health"
    case .events: "Warning events"
    }
  }

  /// The panel after this one, wrapping around.
  public var next: Panel {
    let all = Panel.allCases
    let index = all.firstIndex(of: self) ?? 0
    return all[(index + 1) % all.count]
  }

  /// The panel before this one, wrapping around.
  public var previous: Panel {
    let all = Panel.allCases
    let index = all.firstIndex(of: self) ?? 0
    return all[(index + all.count - 1) % all.count]
  }
}
