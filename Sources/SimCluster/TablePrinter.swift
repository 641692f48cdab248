import Foundation

/// Builds `meta.k8s.io/v1` Table responses, the form plain `kubectl get` prints.
struct TablePrinter {
  /// One column: its header, JSON type and the cell it shows for an object.
  struct Column {
    let name: String
    let type: String
    let priority: Int
    let cell: (SimJSON) -> SimJSON
  }

  /// The time ages are measured against.
  let now: Date

  /// A Table of `objects` of `kind`; `fullObjects` embeds each object in its row.
  func table(_ kind: ResourceKind, _ objects: [SimJSON], revision: Int, fullObjects: Bool)
    -> SimJSON
  {
    let columns = self.columns(kind)
    let definitions: [SimJSON] = columns.map { column in
      [
        "name": .string(column.name), "type": .string(column.type),
        "format": column.name == "Name" ? "name" : "", "description": .string(column.name),
        "priority": .int(column.priority),
      ]
    }
    let rows: [SimJSON] = objects.map { object in
      ["cells": .array(columns.map { $0.cell(object) }), "object": rowObject(object, fullObjects)]
    }
    return [
      "kind": "Table", "apiVersion": "meta.k8s.io/v1",
      "metadata": ["resourceVersion": .string(String(revision))],
      "columnDefinitions": .array(definitions), "rows": .array(rows),
    ]
  }

  private func rowObject(_ object: SimJSON, _ full: Bool) -> SimJSON {
    if full { return object }
    return [
      "kind": "PartialObjectMetadata", "apiVersion": "meta.k8s.io/v1",
      "metadata": object["metadata"],
    ]
  }

  private func columns(_ kind: ResourceKind) -> [Column] {
    let name = Column(name: "Name", type: "string", priority: 0) { .string($0.name) }
    let age = text("Age") { [now] object in
      SimTime.parse(object["metadata"]["creationTimestamp"].string ?? "")
        .map { SimTime.age(since: $0, now: now) } ?? "<unknown>"
    }
    switch kind.plural {
    case "pods": return [name] + podColumns + [age] + podWideColumns
    case "deployments":
      return [
        name, text("Ready") { "\(int($0, "status.readyReplicas"))/\(int($0, "spec.replicas"))" },
        integer("Up-to-date", "status.updatedReplicas"),
        integer("Available", "status.availableReplicas"), age,
      ]
    case "replicasets":
      return [
        name, integer("Desired", "spec.replicas"), integer("Current", "status.replicas"),
        integer("Ready", "status.readyReplicas"), age,
      ]
    case "services": return [name] + serviceColumns + [age]
    case "endpoints": return [name, text("Endpoints", Self.endpointsCell), age]
    case "endpointslices":
      return [
        name, text("AddressType") { $0["addressType"].string ?? "" },
        text("Ports") { Self.joined($0["ports"], "port") },
        text("Endpoints") { Self.slicesCell($0) }, age,
      ]
    case "ingresses": return [name] + ingressColumns + [age]
    case "certificates":
      return [
        name, text("Ready") { Self.condition($0, "Ready") },
        text("Secret") { $0.value(atPath: "spec.secretName").string ?? "" }, age,
      ]
    case "secrets":
      return [
        name, text("Type") { $0["type"].string ?? "" },
        integer("Data") { .int($0["data"].object?.count ?? 0) }, age,
      ]
    case "events": return eventColumns
    default: return [name, age]
    }
  }

  private var podColumns: [Column] {
    [
      text("Ready") { pod in
        let statuses = pod.value(atPath: "status.containerStatuses").array ?? []
        let ready = statuses.filter { $0["ready"].bool == true }.count
        let total = pod.value(atPath: "spec.containers").array?.count ?? statuses.count
        return "\(ready)/\(total)"
      },
      text("Status") { PodStatusText.status(of: $0) },
      text("Restarts") { [now] pod in PodStatusText.restarts(of: pod, now: now) },
    ]
  }

  private var podWideColumns: [Column] {
    [
      Column(name: "IP", type: "string", priority: 1) { $0.value(atPath: "status.podIP") },
      Column(name: "Node", type: "string", priority: 1) { $0.value(atPath: "spec.nodeName") },
    ]
  }

  private var serviceColumns: [Column] {
    [
      text("Type") { $0.value(atPath: "spec.type").string ?? "ClusterIP" },
      text("Cluster-IP") { $0.value(atPath: "spec.clusterIP").string ?? "" },
      text("External-IP") { _ in "<none>" },
      text("Port(s)") { service in
        (service.value(atPath: "spec.ports").array ?? [])
          .map { "\($0["port"].int ?? 0)/\($0["protocol"].string ?? "TCP")" }
          .joined(separator: ",")
      },
    ]
  }

  private var ingressColumns: [Column] {
    [
      text("Class") { $0.value(atPath: "spec.ingressClassName").string ?? "<none>" },
      text("Hosts") { ingress in
        (ingress.value(atPath: "spec.rules").array ?? []).compactMap { $0["host"].string }
          .joined(separator: ",")
      },
      text("Address") { Self.joined($0.value(atPath: "status.loadBalancer.ingress"), "ip") },
      text("Ports") { ($0.value(atPath: "spec.tls").array ?? []).isEmpty ? "80" : "80, 443" },
    ]
  }

  private var eventColumns: [Column] {
    [
      text("Last Seen") { [now] event in
        let stamp = event["lastTimestamp"].string ?? event["eventTime"].string ?? ""
        return SimTime.parse(stamp).map { SimTime.age(since: $0, now: now) } ?? "<unknown>"
      },
      text("Type") { $0["type"].string ?? "" },
      text("Reason") { $0["reason"].string ?? "" },
      text("Object") { event in
        let involved =
          event["involvedObject"] == .null ? event["regarding"] : event["involvedObject"]
        return "\((involved["kind"].string ?? "").lowercased())/\(involved["name"].string ?? "")"
      },
      text("Message") { $0["message"].string ?? $0["note"].string ?? "" },
      Column(name: "Name", type: "string", priority: 1) { .string($0.name) },
    ]
  }

  private func text(_ title: String, _ cell: @escaping (SimJSON) -> String) -> Column {
    Column(name: title, type: "string", priority: 0) { .string(cell($0)) }
  }

  private func integer(_ title: String, _ path: String) -> Column {
    Column(name: title, type: "integer", priority: 0) { .int(Self.int($0, path)) }
  }

  private func integer(_ title: String, _ cell: @escaping (SimJSON) -> SimJSON) -> Column {
    Column(name: title, type: "integer", priority: 0, cell: cell)
  }

  private func int(_ object: SimJSON, _ path: String) -> Int { Self.int(object, path) }

  private static func int(_ object: SimJSON, _ path: String) -> Int {
    object.value(atPath: path).int ?? 0
  }

  private static func joined(_ list: SimJSON, _ key: String) -> String {
    let values = (list.array ?? []).compactMap { item -> String? in
      switch item[key] {
      case .string(let text): text
      case .int(let number): String(number)
      default: nil
      }
    }
    return values.isEmpty ? "<none>" : values.joined(separator: ",")
  }

  private static func condition(_ object: SimJSON, _ type: String) -> String {
    let conditions = object.value(atPath: "status.conditions").array ?? []
    return conditions.first { $0["type"].string == type }?["status"].string ?? "Unknown"
  }

  private static func endpointsCell(_ endpoints: SimJSON) -> String {
    var cells: [String] = []
    for subset in endpoints["subsets"].array ?? [] {
      for address in subset["addresses"].array ?? [] {
        for port in subset["ports"].array ?? [] {
          cells.append("\(address["ip"].string ?? ""):\(port["port"].int ?? 0)")
        }
      }
    }
    return cells.isEmpty ? "<none>" : cells.joined(separator: ",")
  }

  private static func slicesCell(_ slice: SimJSON) -> String {
    let addresses = (slice["endpoints"].array ?? []).flatMap { $0["addresses"].array ?? [] }
    let texts = addresses.compactMap(\.string)
    return texts.isEmpty ? "<unset>" : texts.joined(separator: ",")
  }
}
