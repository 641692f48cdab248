import DashModel

extension AppState {
  /// The id of the single row of the health panel.
  public static let healthItemID = "health"

  /// The release's pods in the order the screen lists them: problems first.
  public var orderedPods: [Pod] {
    Pod.problemsFirst(snapshot.pods.value ?? [])
  }

  /// The ids of a panel's rows, in screen order.
  public func itemIDs(in panel: Panel) -> [String] {
    switch panel {
    case .pods: orderedPods.map(\.id)
    case .ingress: (snapshot.ingresses.value ?? []).map(\.id)
    case .certificate: (snapshot.certificates.value ?? []).map(\.id)
    case .events: (snapshot.events.value ?? []).map(\.id)
    case .health: hasHealthRow ? [Self.healthItemID] : []
    }
  }

  /// The selected row of a panel: the remembered item, else the first row.
  public func selectedIndex(in panel: Panel) -> Int? {
    let ids = itemIDs(in: panel)
    guard let selection = selections[panel] else { return ids.isEmpty ? nil : 0 }
    return selection.resolve(in: ids)
  }

  /// The id of the selected row of a panel, nil when the panel is empty.
  public func selectedItemID(in panel: Panel) -> String? {
    let ids = itemIDs(in: panel)
    return selectedIndex(in: panel).map { ids[$0] }
  }

  /// Whether the health panel has a probe result or failure to show.
  private var hasHealthRow: Bool {
    snapshot.health.value != nil || snapshot.healthFailure != nil
  }
}
