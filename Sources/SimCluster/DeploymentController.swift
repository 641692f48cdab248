import Foundation
import Synchronization

/// The Deployment, ReplicaSet, kubelet and endpoints controllers of the simulated
/// namespace, advanced one pass at a time by the simulator's tick thread.
final class DeploymentController: Sendable {
  /// What the controllers remember between passes.
  struct Memory {
    var lives: [String: PodLife] = [:]
    var nextIP = 10
    /// Per deployment: the last (updated, ready, total) seen and when it changed.
    var progress: [String: (counts: [Int], at: Date)] = [:]
  }

  let store: ClusterStore
  let switches: SimSwitches
  let timing: SimTiming
  let events: EventRecorder
  let now: @Sendable () -> Date
  let memory = Mutex(Memory())

  init(
    store: ClusterStore, switches: SimSwitches, timing: SimTiming,
    now: @escaping @Sendable () -> Date
  ) {
    self.store = store
    self.switches = switches
    self.timing = timing
    self.now = now
    self.events = EventRecorder(store: store, now: now)
  }

  /// One pass of every controller; `settled` puts new pods straight into Ready
  /// with no events, for seeding a namespace that has been running for days.
  func tick(settled: Bool = false) {
    let time = now()
    var pods = PodIndex(store.list("pods", namespace: nil).items)
    for deployment in store.list("deployments", namespace: nil).items {
      reconcile(deployment: deployment, pods: pods, time: time, settled: settled)
    }
    for replicaSet in store.list("replicasets", namespace: nil).items {
      reconcile(replicaSet: replicaSet, pods: pods, time: time, settled: settled)
    }
    advancePods(store.list("pods", namespace: nil).items, time: time)
    pods = PodIndex(store.list("pods", namespace: nil).items)
    for replicaSet in store.list("replicasets", namespace: nil).items {
      updateStatus(replicaSet: replicaSet, pods: pods)
    }
    for deployment in store.list("deployments", namespace: nil).items {
      updateStatus(deployment: deployment, pods: pods, time: time)
    }
    updateEndpoints(pods.all)
  }

  /// The lives of the pods, by name.
  var lives: [String: PodLife] { memory.withLock { $0.lives } }

  /// ReplicaSets owned by `deployment`.
  func replicaSets(of deployment: SimJSON) -> [SimJSON] {
    store.list("replicasets", namespace: deployment.namespace).items.filter {
      $0["metadata"]["ownerReferences"].array?.first?["uid"] == deployment["metadata"]["uid"]
    }
  }

  private func reconcile(replicaSet: SimJSON, pods index: PodIndex, time: Date, settled: Bool) {
    let pods = index.active(replicaSet)
    let wanted = replicaSet["spec"]["replicas"].int ?? 0
    if pods.count < wanted {
      for _ in pods.count..<wanted { createPod(for: replicaSet, time: time, settled: settled) }
    } else if pods.count > wanted {
      let lives = self.lives
      let victims = pods.sorted { first, second in
        let firstReady = lives[first.name]?.stage == .ready
        let secondReady = lives[second.name]?.stage == .ready
        if firstReady != secondReady { return !firstReady }
        return (first["metadata"]["creationTimestamp"].string ?? "")
          > (second["metadata"]["creationTimestamp"].string ?? "")
      }
      for pod in victims.prefix(pods.count - wanted) {
        terminate(pod, time: time)
        events.record(
          replicaSet, reason: "SuccessfulDelete", message: "Deleted pod: \(pod.name)",
          component: "replicaset-controller")
      }
    }
  }

  private func createPod(for replicaSet: SimJSON, time: Date, settled: Bool) {
    let name = replicaSet.name + "-" + Names.suffix(5)
    let image =
      replicaSet["spec"]["template"]["spec"]["containers"].array?.first?["image"].string ?? ""
    let ip = memory.withLock { memory -> String in
      memory.nextIP += 1
      return "10.42.\(memory.nextIP / 250).\(memory.nextIP % 250 + 2)"
    }
    var life = PodLife(name: name, image: image, ip: ip, since: time)
    var created = SimTime.seconds(time)
    if settled, PodLife.pullable(image) {
      let start = replicaSet["metadata"]["creationTimestamp"].string.flatMap(SimTime.parse) ?? time
      life.stage = .ready
      life.since = start.addingTimeInterval(timing.readinessDelay + 4)
      life.runStarted = start.addingTimeInterval(4)
      created = SimTime.seconds(start)
    }
    let pod = PodFactory(now: time).pod(
      life, replicaSet: replicaSet, uid: .null, created: created)
    memory.withLock { $0.lives[name] = life }
    guard (try? store.create(.pods, pod)) != nil else { return }
    if !settled {
      events.record(
        replicaSet, reason: "SuccessfulCreate", message: "Created pod: \(name)",
        component: "replicaset-controller")
    }
  }

  /// Marks a pod Terminating and records kubelet's Killing event.
  func terminate(_ pod: SimJSON, time: Date) {
    let updated = try? store.update(.pods, namespace: pod.namespace, name: pod.name) { pod in
      if pod["metadata"]["deletionTimestamp"] == .null {
        pod["metadata"]["deletionTimestamp"] = .string(SimTime.seconds(time))
        pod["metadata"]["deletionGracePeriodSeconds"] = 30
      }
    }
    if let updated {
      events.record(
        updated, reason: "Killing", message: "Stopping container relay",
        fieldPath: "spec.containers{relay}")
    }
  }
}
