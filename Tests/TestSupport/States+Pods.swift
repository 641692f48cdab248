import DashModel
import Foundation

extension States {
  /// Pods of the release in the states the screen must show.
  public enum Pods {
    static let image = "ghcr.io/democratizedspace/tokenplace-relay:"

    /// Two ready replicas on two nodes.
    public static var healthy: [Pod] {
      [
        running(name: "tokenplace-relay-7d9f8b6c4-x2k9p", age: 86_400 * 3),
        running(name: "tokenplace-relay-7d9f8b6c4-m4n7q", age: 86_400 * 3 - 40, node: "sugar-2"),
      ]
    }

    /// A ready pod running `tag`, created `age` seconds before now.
    public static func running(
      name: String, age: TimeInterval, node: String = "sugar-1", tag: String = "sha-00797df"
    ) -> Pod {
      let container = ContainerStatus(
        name: "relay", image: image + tag, ready: true,
        state: .running(startedAt: States.ago(age - 5)))
      return Pod(
        id: "uid-" + name, name: name, namespace: "tokenplace", phase: "Running",
        nodeName: node, createdAt: States.ago(age),
        conditions: conditions(ready: true, since: States.ago(age - 8)),
        containers: [container], labels: ["app.kubernetes.io/name": "tokenplace-relay"])
    }

    /// A pod whose relay container keeps getting OOM-killed.
    public static func crashLooping(name: String) -> Pod {
      let lastEnd = Termination(
        exitCode: 137, reason: "OOMKilled", startedAt: States.ago(95),
        finishedAt: States.ago(75))
      let container = ContainerStatus(
        name: "relay", image: image + "sha-1a2b3c4", restartCount: 7,
        state: .waiting(
          reason: "CrashLoopBackOff",
          message: "back-off 5m0s restarting failed container=relay "
            + "pod=\(name)_tokenplace(uid-\(name))"),
        lastState: .terminated(lastEnd))
      return Pod(
        id: "uid-" + name, name: name, namespace: "tokenplace", phase: "Running",
        nodeName: "sugar-2", createdAt: States.ago(720),
        conditions: conditions(ready: false, since: States.ago(75)),
        containers: [container])
    }

    /// A pod waiting for an image tag that does not exist.
    public static func imagePullBackOff(name: String, tag: String) -> Pod {
      let container = ContainerStatus(
        name: "relay", image: image + tag,
        state: .waiting(
          reason: "ImagePullBackOff",
          message: "Back-off pulling image \"\(image + tag)\""))
      return Pod(
        id: "uid-" + name, name: name, namespace: "tokenplace", phase: "Pending",
        nodeName: "sugar-1", createdAt: States.ago(180),
        conditions: conditions(ready: false, since: States.ago(178)),
        containers: [container])
    }

    /// An old replica shutting down.
    public static func terminating(name: String) -> Pod {
      var pod = running(name: name, age: 86_400 * 3)
      pod.deletedAt = States.ago(8)
      return pod
    }

    /// A new replica whose container is still being created.
    public static func creating(name: String, tag: String) -> Pod {
      let container = ContainerStatus(
        name: "relay", image: image + tag,
        state: .waiting(reason: "ContainerCreating", message: nil))
      return Pod(
        id: "uid-" + name, name: name, namespace: "tokenplace", phase: "Pending",
        nodeName: "sugar-2", createdAt: States.ago(6),
        conditions: conditions(ready: false, since: States.ago(6)), containers: [container])
    }

    /// The five conditions a scheduled pod reports on Kubernetes 1.29 and later.
    static func conditions(ready: Bool, since: Date) -> [Condition] {
      let readyStatus = ready ? "True" : "False"
      let reason: String? = ready ? nil : "ContainersNotReady"
      let message: String? = ready ? nil : "containers with unready status: [relay]"
      return [
        Condition(type: "PodReadyToStartContainers", status: "True", lastTransitionTime: since),
        Condition(type: "PodScheduled", status: "True", lastTransitionTime: since),
        Condition(type: "Initialized", status: "True", lastTransitionTime: since),
        Condition(
          type: "ContainersReady", status: readyStatus, reason: reason, message: message,
          lastTransitionTime: since),
        Condition(
          type: "Ready", status: readyStatus, reason: reason, message: message,
          lastTransitionTime: since),
      ]
    }
  }
}
