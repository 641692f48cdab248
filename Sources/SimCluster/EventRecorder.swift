import Foundation

/// Records core/v1 Events about objects, folding repeats into a count as kubelet does.
struct EventRecorder: Sendable {
  let store: ClusterStore
  let now: @Sendable () -> Date

  /// Most events kept; older ones are deleted, like the API server's TTL.
  static let limit = 400

  /// The node every simulated pod runs on.
  static let node = "sugarkube0"

  /// Records `reason`/`message` about `object`; `component` is kubelet, deployment-controller...
  func record(
    _ object: SimJSON, reason: String, message: String, warning: Bool = false,
    component: String = "kubelet", fieldPath: String? = nil
  ) {
    let time = now()
    let namespace = object.namespace
    let (existing, _) = store.list("events", namespace: namespace)
    let uid = object["metadata"]["uid"]
    if let repeated = existing.first(where: {
      $0["involvedObject"]["uid"] == uid && $0["reason"].string == reason
        && $0["message"].string == message
    }) {
      _ = try? store.update(.events, namespace: namespace, name: repeated.name) { event in
        event["count"] = .int((event["count"].int ?? 1) + 1)
        event["lastTimestamp"] = .string(SimTime.seconds(time))
      }
      return
    }
    var involved: SimJSON = [
      "kind": object["kind"], "namespace": .string(namespace), "name": .string(object.name),
      "uid": uid, "apiVersion": object["apiVersion"],
      "resourceVersion": object["metadata"]["resourceVersion"],
    ]
    if let fieldPath { involved["fieldPath"] = .string(fieldPath) }
    let event: SimJSON = [
      "apiVersion": "v1", "kind": "Event",
      "metadata": [
        "name": .string("\(object.name).\(Names.hex(16))"), "namespace": .string(namespace),
      ],
      "involvedObject": involved, "reason": .string(reason), "message": .string(message),
      "type": warning ? "Warning" : "Normal", "count": 1,
      "source": component == "kubelet"
        ? ["component": "kubelet", "host": .string(Self.node)] : ["component": .string(component)],
      "firstTimestamp": .string(SimTime.seconds(time)),
      "lastTimestamp": .string(SimTime.seconds(time)),
      "eventTime": .string(SimTime.micros(time)), "reportingComponent": .string(component),
      "reportingInstance": component == "kubelet" ? .string(Self.node) : "",
    ]
    _ = try? store.create(.events, event)
    prune(namespace: namespace)
  }

  private func prune(namespace: String) {
    let (events, _) = store.list("events", namespace: namespace)
    guard events.count > Self.limit else { return }
    let oldest = events.sorted {
      ($0["metadata"]["resourceVersion"].string.flatMap { Int($0) } ?? 0)
        < ($1["metadata"]["resourceVersion"].string.flatMap { Int($0) } ?? 0)
    }
    for event in oldest.prefix(events.count - Self.limit) {
      _ = try? store.delete(.events, namespace: namespace, name: event.name)
    }
  }
}
