import Foundation
import Synchronization

/// The simulated cluster's objects behind one lock, with a resourceVersion
/// counter, a bounded change history and the open watches.
final class ClusterStore: Sendable {
  /// Everything the lock guards.
  struct State {
    /// Objects by storage, then by "namespace/name".
    var objects: [String: [String: SimJSON]] = [:]
    /// The last resourceVersion handed out.
    var revision = 1000
    /// Recent changes, oldest first, for watches that resume.
    var history: [ChangeEvent] = []
    /// The oldest resourceVersion a watch can resume from.
    var oldestResumable = 1000
    /// Open watches.
    var watches: [ObjectIdentifier: WatchQueue] = [:]
  }

  /// Most changes kept for resuming watches.
  static let historyLimit = 10_000

  private let state = Mutex(State())
  private let now: @Sendable () -> Date

  init(now: @escaping @Sendable () -> Date) {
    self.now = now
  }

  /// The current resourceVersion.
  var revision: Int { state.withLock { $0.revision } }

  /// The number of open watches.
  var watchCount: Int { state.withLock { $0.watches.count } }

  /// The objects of `storage`, in `namespace` (nil for all), sorted by name.
  func list(_ storage: String, namespace: String?) -> (items: [SimJSON], revision: Int) {
    state.withLock { state in
      let all = state.objects[storage, default: [:]]
      let items = all.values.filter { namespace == nil || $0.namespace == namespace }
      return (items.sorted { $0.name < $1.name }, state.revision)
    }
  }

  /// One object, or nil.
  func get(_ storage: String, namespace: String, name: String) -> SimJSON? {
    state.withLock { $0.objects[storage]?[namespace + "/" + name] }
  }

  /// Stores a new object, filling uid, creationTimestamp and resourceVersion.
  @discardableResult
  func create(_ kind: ResourceKind, _ object: SimJSON) throws(SimError) -> SimJSON {
    let stamp = SimTime.seconds(now())
    return try state.withLock { state throws(SimError) -> SimJSON in
      var object = object
      let key = object.namespace + "/" + object.name
      guard state.objects[kind.storage]?[key] == nil else {
        throw SimError.alreadyExists(resource: kind.qualifiedName, name: object.name)
      }
      state.revision += 1
      object["metadata"]["uid"] = .string(UUID().uuidString.lowercased())
      if object["metadata"]["creationTimestamp"].string == nil {
        object["metadata"]["creationTimestamp"] = .string(stamp)
      }
      object["metadata"]["resourceVersion"] = .string(String(state.revision))
      state.objects[kind.storage, default: [:]][key] = object
      Self.record(ChangeEvent.added(kind.storage, state.revision, object), in: &state)
      return object
    }
  }

  /// Changes one object in place; a `expectedVersion` that differs is a conflict.
  @discardableResult
  func update(
    _ kind: ResourceKind, namespace: String, name: String, expectedVersion: String? = nil,
    _ change: (inout SimJSON) throws(SimError) -> Void
  ) throws(SimError) -> SimJSON {
    try state.withLock { state throws(SimError) -> SimJSON in
      let key = namespace + "/" + name
      guard var object = state.objects[kind.storage]?[key] else {
        throw SimError.notFound(resource: kind.qualifiedName, name: name)
      }
      let stored = object["metadata"]["resourceVersion"]
      if let expectedVersion, !expectedVersion.isEmpty, .string(expectedVersion) != stored {
        throw SimError.conflict(resource: kind.qualifiedName, name: name)
      }
      let before = object
      try change(&object)
      object["metadata"]["uid"] = before["metadata"]["uid"]
      object["metadata"]["creationTimestamp"] = before["metadata"]["creationTimestamp"]
      object["metadata"]["resourceVersion"] = stored
      guard object != before else { return object }
      state.revision += 1
      object["metadata"]["resourceVersion"] = .string(String(state.revision))
      state.objects[kind.storage, default: [:]][key] = object
      let event = ChangeEvent(
        type: "MODIFIED", storage: kind.storage, resourceVersion: state.revision, object: object)
      Self.record(event, in: &state)
      return object
    }
  }

  /// Removes one object and returns it.
  @discardableResult
  func delete(_ kind: ResourceKind, namespace: String, name: String) throws(SimError) -> SimJSON {
    try state.withLock { state throws(SimError) -> SimJSON in
      let key = namespace + "/" + name
      guard var object = state.objects[kind.storage]?.removeValue(forKey: key) else {
        throw SimError.notFound(resource: kind.qualifiedName, name: name)
      }
      state.revision += 1
      object["metadata"]["resourceVersion"] = .string(String(state.revision))
      let event = ChangeEvent(
        type: "DELETED", storage: kind.storage, resourceVersion: state.revision, object: object)
      Self.record(event, in: &state)
      return object
    }
  }

  /// Opens a watch on `storage`: from `resourceVersion` when given, else
  /// starting with an ADDED change for every existing object.
  func watch(
    _ storage: String, namespace: String?, resourceVersion: Int?
  ) throws(SimError) -> WatchQueue {
    let queue = WatchQueue(storage: storage, namespace: namespace)
    try state.withLock { state throws(SimError) in
      if let resourceVersion, resourceVersion > 0 {
        guard resourceVersion >= state.oldestResumable else {
          throw SimError.expired(resourceVersion: String(resourceVersion))
        }
        let replay = state.history.drop { $0.resourceVersion <= resourceVersion }
        queue.push(replay.filter(queue.wants))
      } else {
        let existing = state.objects[storage, default: [:]].values
          .sorted { $0.name < $1.name }
          .map { ChangeEvent.added(storage, state.revision, $0) }
        queue.push(existing.filter(queue.wants))
      }
      state.watches[ObjectIdentifier(queue)] = queue
    }
    return queue
  }

  /// Forgets a watch and closes it.
  func endWatch(_ queue: WatchQueue) {
    state.withLock { _ = $0.watches.removeValue(forKey: ObjectIdentifier(queue)) }
    queue.close()
  }

  /// Closes every open watch (their clients see the stream end).
  func endAllWatches() {
    let queues = state.withLock { state in
      defer { state.watches.removeAll() }
      return Array(state.watches.values)
    }
    queues.forEach { $0.close() }
  }

  private static func record(_ event: ChangeEvent, in state: inout State) {
    state.history.append(event)
    if state.history.count > historyLimit {
      let dropped = state.history.count - historyLimit / 2
      state.oldestResumable = state.history[dropped - 1].resourceVersion
      state.history.removeFirst(dropped)
    }
    for queue in state.watches.values where queue.wants(event) {
      queue.push([event])
    }
  }
}

extension ChangeEvent {
  /// An ADDED change of `object` at `revision`.
  static func added(_ storage: String, _ revision: Int, _ object: SimJSON) -> ChangeEvent {
    ChangeEvent(type: "ADDED", storage: storage, resourceVersion: revision, object: object)
  }
}
