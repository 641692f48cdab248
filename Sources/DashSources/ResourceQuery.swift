/// One kind of object the dashboard watches, with its selectors.
public struct ResourceQuery: Sendable, Hashable {
  /// The resource as kubectl names it ("pods", "certificates.cert-manager.io").
  public var resource: String
  /// `-l` selector, when any.
  public var labelSelector: String?
  /// `--field-selector`, when any.
  public var fieldSelector: String?
  /// Top-level fields removed from every object before it is kept (memory, not meaning).
  public var droppedFields: [String]

  public init(
    resource: String, labelSelector: String? = nil, fieldSelector: String? = nil,
    droppedFields: [String] = []
  ) {
    self.resource = resource
    self.labelSelector = labelSelector
    self.fieldSelector = fieldSelector
    self.droppedFields = droppedFields
  }

  /// The release's pods, by the instance label the chart sets.
  public static func pods(release: String) -> ResourceQuery {
    ResourceQuery(resource: "pods", labelSelector: "app.kubernetes.io/instance=\(release)")
  }

  /// Every Ingress of the namespace.
  public static let ingresses = ResourceQuery(resource: "ingresses")
  /// cert-manager Certificates, by their full name so a missing CRD is reported as such.
  public static let certificates = ResourceQuery(resource: "certificates.cert-manager.io")
  /// Every Service of the namespace.
  public static let services = ResourceQuery(resource: "services")
  /// Every Endpoints object of the namespace.
  public static let endpoints = ResourceQuery(resource: "endpoints")
  /// Warning events of the namespace.
  public static let warningEvents = ResourceQuery(resource: "events", fieldSelector: "type=Warning")

  /// helm's release Secrets; their `data` (every revision's gzipped release) is dropped
  /// because only the labels are read.
  public static func helmReleaseSecrets(release: String) -> ResourceQuery {
    ResourceQuery(
      resource: "secrets", labelSelector: "owner=helm,name=\(release)", droppedFields: ["data"])
  }

  /// Everything the dashboard watches for `release`: pods, ingresses, certificates, services,
  /// endpoints, warning events and helm's release Secrets.
  public static func dashboard(release: String) -> [ResourceQuery] {
    [
      .pods(release: release), .ingresses, .certificates, .services, .endpoints, .warningEvents,
      .helmReleaseSecrets(release: release),
    ]
  }

  /// The selector arguments, shared by list and watch.
  var selectorArguments: [String] {
    (labelSelector.map { ["-l", $0] } ?? [])
      + (fieldSelector.map { ["--field-selector", $0] } ?? [])
  }
}
