import Foundation

/// Builds a pod's JSON from its ReplicaSet's template and its life.
struct PodFactory {
  let now: Date

  /// The pod object of `life`, owned by `replicaSet`.
  func pod(_ life: PodLife, replicaSet: SimJSON, uid: SimJSON, created: String) -> SimJSON {
    var metadata = replicaSet["spec"]["template"]["metadata"]
    metadata["name"] = .string(life.name)
    metadata["namespace"] = .string(replicaSet.namespace)
    metadata["generateName"] = .string(replicaSet.name + "-")
    metadata["creationTimestamp"] = .string(created)
    metadata["uid"] = uid
    metadata["ownerReferences"] = [
      [
        "apiVersion": "apps/v1", "kind": "ReplicaSet", "name": .string(replicaSet.name),
        "uid": replicaSet["metadata"]["uid"], "controller": true, "blockOwnerDeletion": true,
      ]
    ]
    var spec = replicaSet["spec"]["template"]["spec"]
    if life.stage != .unscheduled { spec["nodeName"] = .string(EventRecorder.node) }
    spec["serviceAccountName"] = "default"
    spec["restartPolicy"] = "Always"
    return [
      "apiVersion": "v1", "kind": "Pod", "metadata": metadata, "spec": spec,
      "status": status(life, containerName: containerName(spec), created: created),
    ]
  }

  /// The first container's name.
  func containerName(_ spec: SimJSON) -> String {
    spec["containers"].array?.first?["name"].string ?? "relay"
  }

  private func status(_ life: PodLife, containerName: String, created: String) -> SimJSON {
    let ready = life.stage == .ready
    let started = life.stage == .running || ready
    var status: SimJSON = [
      "phase": started || life.restarts > 0 ? "Running" : "Pending",
      "qosClass": "Burstable",
    ]
    guard life.stage != .unscheduled else {
      status["conditions"] = [condition("PodScheduled", true, created)]
      return status
    }
    let stamp = SimTime.seconds(life.since)
    status["hostIP"] = "192.168.1.50"
    status["podIP"] = .string(life.ip)
    status["podIPs"] = [["ip": .string(life.ip)]]
    status["startTime"] = .string(created)
    status["conditions"] = [
      condition("PodReadyToStartContainers", true, created),
      condition("Initialized", true, created),
      condition("Ready", ready, stamp),
      condition("ContainersReady", ready, stamp),
      condition("PodScheduled", true, created),
    ]
    status["containerStatuses"] = [containerStatus(life, name: containerName)]
    return status
  }

  private func containerStatus(_ life: PodLife, name: String) -> SimJSON {
    var container: SimJSON = [
      "name": .string(name), "image": .string(life.image), "imageID": "",
      "ready": .bool(life.stage == .ready), "restartCount": .int(life.restarts),
      "started": .bool(life.stage == .running || life.stage == .ready),
      "state": state(life, name: name), "lastState": .emptyObject,
    ]
    if life.stage == .running || life.stage == .ready || life.restarts > 0 {
      container["imageID"] = .string(
        life.image + "@sha256:" + Names.templateHash([.string(life.image)]))
      container["containerID"] = .string("containerd://" + Names.templateHash([.string(life.name)]))
    }
    if let last = life.lastRun {
      container["lastState"] = [
        "terminated": [
          "exitCode": 1, "reason": "Error", "startedAt": .string(SimTime.seconds(last.started)),
          "finishedAt": .string(SimTime.seconds(last.finished)),
        ]
      ]
    }
    return container
  }

  private func state(_ life: PodLife, name: String) -> SimJSON {
    switch life.stage {
    case .running, .ready:
      return ["running": ["startedAt": .string(SimTime.seconds(life.runStarted ?? life.since))]]
    case .pullFailed:
      return waiting(
        "ErrImagePull",
        "failed to pull and unpack image \"\(life.image)\": failed to resolve reference"
          + " \"\(life.image)\": \(life.image): not found")
    case .pullBackOff:
      return waiting("ImagePullBackOff", "Back-off pulling image \"\(life.image)\"")
    case .crashed:
      let seconds = Int(10 * pow(2, Double(min(life.failures, 5) - 1)))
      return waiting(
        "CrashLoopBackOff",
        "back-off \(min(seconds, 300))s restarting failed container=\(name) pod=\(life.name)")
    case .unscheduled, .creating, .pulling:
      return waiting("ContainerCreating", nil)
    }
  }

  private func waiting(_ reason: String, _ message: String?) -> SimJSON {
    var waiting: SimJSON = ["reason": .string(reason)]
    if let message { waiting["message"] = .string(message) }
    return ["waiting": waiting]
  }

  private func condition(_ type: String, _ value: Bool, _ time: String) -> SimJSON {
    [
      "type": .string(type), "status": value ? "True" : "False",
      "lastTransitionTime": .string(time),
    ]
  }
}
