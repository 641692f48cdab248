import Foundation

extension DeploymentController {
  /// Writes a ReplicaSet's status from its pods.
  func updateStatus(replicaSet: SimJSON, pods index: PodIndex) {
    let pods = index.active(replicaSet)
    let lives = self.lives
    let ready = pods.filter { lives[$0.name]?.stage == .ready }.count
    _ = try? store.update(.replicaSets, namespace: replicaSet.namespace, name: replicaSet.name) {
      $0["status"] = [
        "replicas": .int(pods.count), "fullyLabeledReplicas": .int(pods.count),
        "readyReplicas": .int(ready), "availableReplicas": .int(ready),
        "observedGeneration": $0["metadata"]["generation"] == .null
          ? 1 : $0["metadata"]["generation"],
      ]
    }
  }

  /// Writes a Deployment's status and its Available and Progressing conditions.
  func updateStatus(deployment: SimJSON, pods index: PodIndex, time: Date) {
    let sets = replicaSets(of: deployment)
    let hash = Names.templateHash(deployment["spec"]["template"])
    let newSet = sets.first { $0["metadata"]["labels"]["pod-template-hash"].string == hash }
    let desired = deployment["spec"]["replicas"].int ?? 1
    let lives = self.lives
    let pods = sets.flatMap(index.active)
    let ready = pods.filter { lives[$0.name]?.stage == .ready }.count
    let updated = newSet.map { index.active($0).count } ?? 0
    let counts = [updated, ready, pods.count]
    let lastProgress = memory.withLock { memory -> Date in
      if memory.progress[deployment.name]?.counts != counts {
        memory.progress[deployment.name] = (counts, time)
      }
      return memory.progress[deployment.name]?.at ?? time
    }
    let complete = updated == desired && ready == desired && pods.count == desired
    let deadline = Double(deployment["spec"]["progressDeadlineSeconds"].int ?? 600)
    let setName = newSet?.name ?? deployment.name
    let progressing: (String, String, String) =
      complete
      ? ("True", "NewReplicaSetAvailable", "ReplicaSet \"\(setName)\" has successfully progressed.")
      : time.timeIntervalSince(lastProgress) > deadline
        ? (
          "False", "ProgressDeadlineExceeded",
          "ReplicaSet \"\(setName)\" has timed out progressing."
        )
        : ("True", "ReplicaSetUpdated", "ReplicaSet \"\(setName)\" is progressing.")
    let minimum = desired - Int((Double(desired) * 0.25).rounded(.down))
    let available: (String, String, String) =
      ready >= minimum
      ? ("True", "MinimumReplicasAvailable", "Deployment has minimum availability.")
      : ("False", "MinimumReplicasUnavailable", "Deployment does not have minimum availability.")
    let stamp = SimTime.seconds(time)
    _ = try? store.update(.deployments, namespace: deployment.namespace, name: deployment.name) {
      object in
      let old = object["status"]["conditions"].array ?? []
      var status: SimJSON = [
        "observedGeneration": object["metadata"]["generation"], "replicas": .int(pods.count),
        "updatedReplicas": .int(updated), "readyReplicas": .int(ready),
        "availableReplicas": .int(ready),
      ]
      if pods.count > ready { status["unavailableReplicas"] = .int(pods.count - ready) }
      status["conditions"] = [
        Self.condition("Available", available, old: old, stamp: stamp),
        Self.condition("Progressing", progressing, old: old, stamp: stamp),
      ]
      object["status"] = status
      if let newSet {
        object["metadata"]["annotations"]["deployment.kubernetes.io/revision"] = .string(
          String(Self.revision(newSet)))
      }
    }
  }

  private static func condition(
    _ type: String, _ value: (String, String, String), old: [SimJSON], stamp: String
  ) -> SimJSON {
    let previous = old.first { $0["type"].string == type }
    let same = previous?["reason"].string == value.1 && previous?["message"].string == value.2
    let transitioned = previous?["status"].string != value.0
    return [
      "type": .string(type), "status": .string(value.0), "reason": .string(value.1),
      "message": .string(value.2),
      "lastUpdateTime": same ? previous?["lastUpdateTime"] ?? .string(stamp) : .string(stamp),
      "lastTransitionTime": transitioned
        ? .string(stamp) : previous?["lastTransitionTime"] ?? .string(stamp),
    ]
  }

  /// Points the Service's Endpoints and EndpointSlice at the pods it selects.
  func updateEndpoints(_ all: [SimJSON]) {
    for service in store.list("services", namespace: nil).items {
      let selector = (service["spec"]["selector"].object ?? [:]).compactMapValues(\.string)
      let pods = all.filter { pod in
        selector.allSatisfy { pod.labels[$0.key] == $0.value } && pod["status"]["podIP"] != .null
      }
      let lives = self.lives
      let isReady = { (pod: SimJSON) in
        lives[pod.name]?.stage == .ready && pod["metadata"]["deletionTimestamp"] == .null
      }
      writeEndpoints(service, ready: pods.filter(isReady), notReady: pods.filter { !isReady($0) })
      writeSlice(service, pods: pods, isReady: isReady)
    }
  }

  private func address(_ pod: SimJSON) -> SimJSON {
    [
      "ip": pod["status"]["podIP"], "nodeName": .string(EventRecorder.node),
      "targetRef": [
        "kind": "Pod", "namespace": .string(pod.namespace), "name": .string(pod.name),
        "uid": pod["metadata"]["uid"],
      ],
    ]
  }

  private func writeEndpoints(_ service: SimJSON, ready: [SimJSON], notReady: [SimJSON]) {
    var subset: SimJSON = ["ports": [["name": "http", "port": 5010, "protocol": "TCP"]]]
    if !ready.isEmpty { subset["addresses"] = .array(ready.map(address)) }
    if !notReady.isEmpty { subset["notReadyAddresses"] = .array(notReady.map(address)) }
    let subsets: SimJSON = ready.isEmpty && notReady.isEmpty ? .null : [subset]
    _ = try? store.update(.endpoints, namespace: service.namespace, name: service.name) {
      $0["subsets"] = subsets
    }
  }

  private func writeSlice(_ service: SimJSON, pods: [SimJSON], isReady: (SimJSON) -> Bool) {
    let slices = store.list("endpointslices", namespace: service.namespace).items.filter {
      $0.labels["kubernetes.io/service-name"] == service.name
    }
    let endpoints: [SimJSON] = pods.map { pod in
      let terminating = pod["metadata"]["deletionTimestamp"] != .null
      return [
        "addresses": [pod["status"]["podIP"]], "nodeName": .string(EventRecorder.node),
        "conditions": [
          "ready": .bool(isReady(pod)), "serving": .bool(isReady(pod) || terminating),
          "terminating": .bool(terminating),
        ],
        "targetRef": address(pod)["targetRef"],
      ]
    }
    for slice in slices {
      _ = try? store.update(.endpointSlices, namespace: slice.namespace, name: slice.name) {
        $0["endpoints"] = .array(endpoints)
      }
    }
  }
}
