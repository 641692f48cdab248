/// The pods of one controller pass, grouped by the ReplicaSet that owns them.
struct PodIndex {
  /// Every pod, terminating ones included.
  let all: [SimJSON]
  private let activeByOwner: [String: [SimJSON]]

  init(_ pods: [SimJSON]) {
    all = pods
    var grouped: [String: [SimJSON]] = [:]
    for pod in pods where pod["metadata"]["deletionTimestamp"] == .null {
      let owner = pod["metadata"]["ownerReferences"].array?.first?["name"].string ?? ""
      grouped[pod.namespace + "/" + owner, default: []].append(pod)
    }
    activeByOwner = grouped
  }

  /// Pods owned by `replicaSet` that are not terminating.
  func active(_ replicaSet: SimJSON) -> [SimJSON] {
    activeByOwner[replicaSet.namespace + "/" + replicaSet.name] ?? []
  }
}
