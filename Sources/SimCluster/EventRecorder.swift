import Foundation
import Synchronization

/// Records core/v1 Events about objects, folding repeats into a count as kubelet does.
final class EventRecorder: Sendable {
  /// Recorded events: name by (uid, reason, message), and names oldest first.
  struct Index {
    var names: [String: String] = [:]
    var order: [(key: String, name: String)] = []
  }

  let store: ClusterStore
  let now: @Sendable () -> Date
  private let index = Mutex(Index())

  init(store: ClusterStore, now: @escaping @Sendable () -> Date) {
    self.store = store
    self.now = now
  }

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
    let uid = object["metadata"]["uid"]
    let key = "\(uid.string ?? object.name)|\(reason)|\(message)"
    if let repeated = index.withLock({ $0.names[key] }),
      store.get("events", namespace: namespace, name: repeated) != nil
    {
      _ = try? store.update(.events, namespace: namespace, name: repeated) { event in
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
    guard (try? store.create(.events, event)) != nil else { return }
    let expired = index.withLock { index -> [(key: String, name: String)] in
      index.names[key] = event.name
      index.order.append((key, event.name))
      guard index.order.count > Self.limit else { return [] }
      let dropped = Array(index.order.prefix(index.order.count - Self.limit))
      index.order.removeFirst(dropped.count)
      for entry in dropped where index.names[entry.key] == entry.name {
        index.names[entry.key] = nil
      }
      return dropped
    }
    for entry in expired {
      _ = try? store.delete(.events, namespace: namespace, name: entry.name)
    }
  }
}
