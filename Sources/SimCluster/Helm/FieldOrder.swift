/// The member order Go gives a struct when it writes JSON; maps are sorted.
public indirect enum FieldOrder: Sendable {
  /// A map, or anything without a struct shape: keys sorted at every level.
  case sorted
  /// A struct: these members first, in this order, each with its own order.
  case fields([(String, FieldOrder)])
  /// A list whose elements have this order.
  case list(FieldOrder)

  /// The keys of `members` in this order; unknown keys follow, sorted.
  func keys(of members: [String: HelmValue]) -> [String] {
    guard case .fields(let fields) = self else { return members.keys.sorted() }
    let known = fields.map(\.0).filter { members[$0] != nil }
    let rest = members.keys.filter { key in !fields.contains { $0.0 == key } }
    return known + rest.sorted()
  }

  /// The order of the member named `key`.
  func member(_ key: String) -> FieldOrder {
    guard case .fields(let fields) = self else { return .sorted }
    return fields.first { $0.0 == key }?.1 ?? .sorted
  }

  /// The order of a list's elements.
  var element: FieldOrder {
    if case .list(let order) = self { return order }
    return .sorted
  }

  /// Plain struct members without nested structs.
  static func plain(_ names: [String]) -> FieldOrder {
    .fields(names.map { ($0, .sorted) })
  }

  /// helm's `release.Release`.
  public static let release = FieldOrder.fields([
    ("name", .sorted),
    (
      "info",
      plain([
        "first_deployed", "last_deployed", "deleted", "description", "status",
        "notes",
      ])
    ),
    ("chart", chart), ("config", .sorted), ("manifest", .sorted),
    ("hooks", .sorted), ("version", .sorted), ("namespace", .sorted),
  ])

  /// helm's `chart.Chart` with its `Metadata`.
  static let chart = FieldOrder.fields([
    (
      "metadata",
      plain([
        "name", "home", "sources", "version", "description", "keywords",
        "maintainers", "icon", "apiVersion", "condition", "tags", "appVersion",
        "deprecated", "annotations", "kubeVersion", "dependencies", "type",
      ])
    ),
    ("lock", .sorted), ("templates", .sorted), ("values", .sorted),
    ("schema", .sorted), ("files", .sorted),
  ])

  /// The entries of `helm history -o json`.
  public static let history = FieldOrder.list(
    plain([
      "revision", "updated", "status", "chart", "app_version", "description",
    ]))
}
