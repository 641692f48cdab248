import Foundation

extension DeploymentController {
  /// Moves every pod along its life: scheduling, pulls, starts, readiness,
  /// crashes and back-offs, and removes terminated pods.
  func advancePods(_ pods: [SimJSON], time: Date) {
    let crashing = switches.current.scenario == .crashloop
    let lives = self.lives
    for pod in pods {
      guard var life = lives[pod.name] else { continue }
      if let deleted = pod["metadata"]["deletionTimestamp"].string.flatMap(SimTime.parse) {
        if time.timeIntervalSince(deleted) >= timing.terminationDelay {
          _ = try? store.delete(.pods, namespace: pod.namespace, name: pod.name)
          memory.withLock { _ = $0.lives.removeValue(forKey: pod.name) }
        }
        continue
      }
      let before = life.stage
      step(&life, pod: pod, time: time, crashing: crashing)
      guard life.stage != before else { continue }
      memory.withLock { $0.lives[pod.name] = life }
      guard let owner = owner(of: pod) else { continue }
      let rebuilt = PodFactory(now: time).pod(
        life, replicaSet: owner, uid: pod["metadata"]["uid"],
        created: pod["metadata"]["creationTimestamp"].string ?? "")
      _ = try? store.update(.pods, namespace: pod.namespace, name: pod.name) { stored in
        stored["spec"] = rebuilt["spec"]
        stored["status"] = rebuilt["status"]
      }
    }
  }

  private func owner(of pod: SimJSON) -> SimJSON? {
    let name = pod["metadata"]["ownerReferences"].array?.first?["name"].string ?? ""
    return store.get("replicasets", namespace: pod.namespace, name: name)
  }

  private func step(_ life: inout PodLife, pod: SimJSON, time: Date, crashing: Bool) {
    let elapsed = time.timeIntervalSince(life.since)
    let backOff = timing.backOff * Double(1 << min(max(life.failures - 1, 0), 2))
    let container = "spec.containers{relay}"
    switch life.stage {
    case .unscheduled where elapsed >= timing.scheduleDelay:
      move(&life, to: .creating, time: time)
      events.record(
        pod, reason: "Scheduled",
        message: "Successfully assigned \(pod.namespace)/\(pod.name) to \(EventRecorder.node)",
        component: "default-scheduler")
    case .creating where elapsed >= timing.scheduleDelay:
      move(&life, to: .pulling, time: time)
      events.record(
        pod, reason: "Pulling", message: "Pulling image \"\(life.image)\"", fieldPath: container)
    case .pulling where elapsed >= timing.pullDelay:
      finishPull(&life, pod: pod, time: time)
    case .pullFailed where elapsed >= backOff:
      move(&life, to: .pullBackOff, time: time)
      events.record(
        pod, reason: "BackOff", message: "Back-off pulling image \"\(life.image)\"",
        fieldPath: container)
      events.record(
        pod, reason: "Failed", message: "Error: ImagePullBackOff", warning: true,
        fieldPath: container)
    case .pullBackOff where elapsed >= backOff * 2:
      move(&life, to: .pulling, time: time)
      events.record(
        pod, reason: "Pulling", message: "Pulling image \"\(life.image)\"", fieldPath: container)
    case .running where crashing && elapsed >= timing.crashDelay,
      .ready where crashing && elapsed >= timing.crashDelay:
      crash(&life, pod: pod, time: time)
    case .running where elapsed >= timing.readinessDelay:
      move(&life, to: .ready, time: time)
      life.failures = 0
    case .crashed where elapsed >= backOff:
      start(&life, pod: pod, time: time, pulled: true)
    default: break
    }
  }

  private func move(_ life: inout PodLife, to stage: PodLife.Stage, time: Date) {
    life.stage = stage
    life.since = time
  }

  private func finishPull(_ life: inout PodLife, pod: SimJSON, time: Date) {
    let container = "spec.containers{relay}"
    guard PodLife.pullable(life.image) else {
      life.failures += 1
      move(&life, to: .pullFailed, time: time)
      events.record(
        pod, reason: "Failed",
        message: "Failed to pull image \"\(life.image)\": rpc error: code = NotFound desc ="
          + " failed to pull and unpack image \"\(life.image)\": failed to resolve reference"
          + " \"\(life.image)\": \(life.image): not found",
        warning: true, fieldPath: container)
      events.record(
        pod, reason: "Failed", message: "Error: ErrImagePull", warning: true, fieldPath: container)
      return
    }
    events.record(
      pod, reason: "Pulled",
      message: "Successfully pulled image \"\(life.image)\" in 612ms (612ms including waiting)."
        + " Image size: 58213376 bytes.",
      fieldPath: container)
    start(&life, pod: pod, time: time, pulled: false)
  }

  private func start(_ life: inout PodLife, pod: SimJSON, time: Date, pulled: Bool) {
    let container = "spec.containers{relay}"
    if pulled {
      events.record(
        pod, reason: "Pulled",
        message: "Container image \"\(life.image)\" already present on machine",
        fieldPath: container)
    }
    events.record(pod, reason: "Created", message: "Created container: relay", fieldPath: container)
    events.record(pod, reason: "Started", message: "Started container relay", fieldPath: container)
    move(&life, to: .running, time: time)
    life.runStarted = time
  }

  private func crash(_ life: inout PodLife, pod: SimJSON, time: Date) {
    life.lastRun = (life.runStarted ?? life.since, time)
    life.restarts += 1
    life.failures += 1
    move(&life, to: .crashed, time: time)
    events.record(
      pod, reason: "BackOff",
      message: "Back-off restarting failed container relay in pod"
        + " \(pod.name)_\(pod.namespace)(\(pod["metadata"]["uid"].string ?? ""))",
      warning: true, fieldPath: "spec.containers{relay}")
  }
}
