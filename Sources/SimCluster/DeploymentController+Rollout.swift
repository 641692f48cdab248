import Foundation

extension DeploymentController {
  /// Creates the ReplicaSet of the current template and moves replicas to it
  /// with maxSurge 25% (at least 1) and maxUnavailable 25%, as RollingUpdate does.
  func reconcile(deployment: SimJSON, pods: PodIndex, time: Date, settled: Bool) {
    var template = deployment["spec"]["template"]
    let hash = Names.templateHash(template)
    template["metadata"]["labels"]["pod-template-hash"] = .string(hash)
    let owned = replicaSets(of: deployment)
    let revisions = owned.map(Self.revision)
    var newSet = owned.first { $0["metadata"]["labels"]["pod-template-hash"].string == hash }
    if newSet == nil {
      newSet = createReplicaSet(
        deployment, template: template, hash: hash, revision: (revisions.max() ?? 0) + 1,
        time: time, settled: settled)
    } else if let current = newSet, Self.revision(current) < (revisions.max() ?? 0) {
      newSet = try? store.update(.replicaSets, namespace: current.namespace, name: current.name) {
        $0["metadata"]["annotations"]["deployment.kubernetes.io/revision"] = .string(
          String((revisions.max() ?? 0) + 1))
      }
    }
    guard let newSet else { return }
    scale(deployment, newSet: newSet, old: owned.filter { $0.name != newSet.name }, pods: pods)
  }

  private func scale(_ deployment: SimJSON, newSet: SimJSON, old: [SimJSON], pods: PodIndex) {
    let desired = deployment["spec"]["replicas"].int ?? 1
    let surge = max(1, Int((Double(desired) * 0.25).rounded(.up)))
    let unavailable = Int((Double(desired) * 0.25).rounded(.down))
    let lives = self.lives
    let readyCount = { (set: SimJSON) in
      pods.active(set).filter { lives[$0.name]?.stage == .ready }.count
    }
    let current = newSet["spec"]["replicas"].int ?? 0
    let total = old.reduce(current) { $0 + ($1["spec"]["replicas"].int ?? 0) }
    if current > desired {
      setReplicas(deployment, newSet, from: current, to: desired)
    } else if current < desired, total < desired + surge {
      setReplicas(
        deployment, newSet, from: current, to: min(desired, current + desired + surge - total))
    }
    let available = old.reduce(readyCount(newSet)) { $0 + readyCount($1) }
    var removable = available - (desired - unavailable)
    for set in old {
      let replicas = set["spec"]["replicas"].int ?? 0
      guard replicas > 0 else { continue }
      let unhealthy = replicas - readyCount(set)
      let cut = min(replicas, unhealthy + max(0, removable))
      guard cut > 0 else { continue }
      setReplicas(deployment, set, from: replicas, to: replicas - cut)
      removable -= max(0, cut - unhealthy)
    }
  }

  private func setReplicas(_ deployment: SimJSON, _ set: SimJSON, from: Int, to: Int) {
    _ = try? store.update(.replicaSets, namespace: set.namespace, name: set.name) {
      $0["spec"]["replicas"] = .int(to)
    }
    events.record(
      deployment, reason: "ScalingReplicaSet",
      message: "Scaled \(to > from ? "up" : "down") replica set \(set.name) from \(from) to \(to)",
      component: "deployment-controller")
  }

  private func createReplicaSet(
    _ deployment: SimJSON, template: SimJSON, hash: String, revision: Int, time: Date,
    settled: Bool
  ) -> SimJSON? {
    var labels = deployment["spec"]["selector"]["matchLabels"]
    labels["pod-template-hash"] = .string(hash)
    let desired = deployment["spec"]["replicas"].int ?? 1
    let replicaSet: SimJSON = [
      "apiVersion": "apps/v1", "kind": "ReplicaSet",
      "metadata": [
        "name": .string(deployment.name + "-" + hash), "namespace": .string(deployment.namespace),
        "labels": template["metadata"]["labels"],
        "creationTimestamp": settled
          ? deployment["metadata"]["creationTimestamp"] : .string(SimTime.seconds(time)),
        "annotations": [
          "deployment.kubernetes.io/revision": .string(String(revision)),
          "deployment.kubernetes.io/desired-replicas": .string(String(desired)),
          "deployment.kubernetes.io/max-replicas": .string(String(desired + 1)),
        ],
        "ownerReferences": [
          [
            "apiVersion": "apps/v1", "kind": "Deployment", "name": .string(deployment.name),
            "uid": deployment["metadata"]["uid"], "controller": true, "blockOwnerDeletion": true,
          ]
        ],
      ],
      "spec": [
        "replicas": 0, "selector": ["matchLabels": labels], "template": template,
      ],
      "status": ["replicas": 0],
    ]
    return try? store.create(.replicaSets, replicaSet)
  }

  /// The `deployment.kubernetes.io/revision` of a ReplicaSet.
  static func revision(_ replicaSet: SimJSON) -> Int {
    replicaSet["metadata"]["annotations"]["deployment.kubernetes.io/revision"].string
      .flatMap { Int($0) } ?? 0
  }
}
