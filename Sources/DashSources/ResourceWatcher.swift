import DashModel
import Foundation
import Synchronization

/// Keeps the current objects of one kind through `kubectl get --watch --output-watch-events`,
/// restarting kubectl when it exits and polling a plain list when watching is refused.
///
/// Objects are keyed by `metadata.uid`. Every plain list (after a restart, on `refresh()`,
/// when polling) is merged by one rule: the list replaces the set, except for objects the
/// watch touched while the list was in flight, where the watch's word wins (an object it
/// deleted stays deleted, one it added or changed keeps the watch's version). After a
/// restart that list runs once the new watch has printed its first event, so kubectl's own
/// list is at least as new as ours, and objects deleted during the gap disappear; when the
/// new watch stays silent it runs after `quietListDelay`. One gap remains: when the new
/// watch is silent and kubectl's own list is slower than ours, an object deleted between the
/// two lists stays until the next list (`refresh()` or the next restart).
///
/// All mutable state is confined to `queue`; updates reach `onUpdate` on a separate serial
/// queue, so the callback may call `refresh()` or `stop()`.
public final class ResourceWatcher: @unchecked Sendable {
  public let query: ResourceQuery
  public let target: KubectlTarget
  private let runner: ProcessRunner
  private let timing: WatchTiming
  private let onUpdate: @Sendable (WatchUpdate) -> Void
  private let queue = DispatchQueue(label: "tokenplace-dash.watcher")
  private let delivery = DispatchQueue(label: "tokenplace-dash.watcher.delivery")
  private let waiting = Mutex<Date?>(nil)

  private enum Mode { case watch, poll }
  private enum ListPurpose { case quiet, reconcile, refresh, poll }

  /// A plain list in flight and what the watch did meanwhile.
  private struct ListFlight {
    var generation: Int
    var purpose: ListPurpose
    var process: RunningProcess?
    var stdout = Data()
    var stderr = Data()
    var touched: Set<String> = []
    var deleted: Set<String> = []
    var timedOut = false
  }

  private var objects: [String: JSONValue] = [:]
  private var listed = false
  private var state: WatchState
  private var warning: SourceError?
  private var mode = Mode.watch
  private var started = false
  private var stopped = false
  private var watchProcess: RunningProcess?
  private var watchGeneration = 0
  private var watchHeard = false
  private var splitter = JSONStreamSplitter(layout: .oneDocumentPerLine)
  private var stderrTail = Data()
  private var liveSince: Date?
  private var failures = 0
  private var reconcilePending = false
  private var scheduled: DispatchWorkItem?
  private var quietTimer: DispatchWorkItem?
  private var listFlight: ListFlight?
  private var listGeneration = 0
  private var publishScheduled = false

  public init(
    query: ResourceQuery, target: KubectlTarget, runner: ProcessRunner = ProcessRunner(),
    timing: WatchTiming = WatchTiming(), onUpdate: @escaping @Sendable (WatchUpdate) -> Void
  ) {
    self.query = query
    self.target = target
    self.runner = runner
    self.timing = timing
    self.onUpdate = onUpdate
    self.state = .connecting(since: Date())
  }

  /// A watcher dropped without `stop()` still stops its kubectl (reaping is asynchronous).
  deinit {
    watchProcess?.terminate()
    listFlight?.process?.terminate()
  }

  /// When the running kubectl was started without having answered yet; nil otherwise.
  public var waitingSince: Date? { waiting.withLock { $0 } }

  /// Starts watching; returns at once.
  public func start() {
    queue.async { [self] in
      guard !started, !stopped else { return }
      started = true
      startWatch()
    }
  }

  /// Lists now: restarts a failed or waiting watch at once, or polls at once.
  public func refresh() {
    queue.async { [self] in
      guard started, !stopped else { return }
      scheduled?.cancel()
      scheduled = nil
      switch mode {
      case .poll: runList(.poll)
      case .watch where watchProcess == nil:
        failures = 0
        startWatch()
      case .watch: runList(.refresh)
      }
    }
  }

  /// Stops kubectl and waits until it is reaped; do not call from `queue`.
  public func stop() {
    let processes = queue.sync { [self] () -> [RunningProcess] in
      stopped = true
      scheduled?.cancel()
      quietTimer?.cancel()
      let running = [watchProcess, listFlight?.process].compactMap { $0 }
      watchProcess = nil
      listFlight = nil
      state = .stopped
      waiting.withLock { $0 = nil }
      let update = makeUpdate()
      delivery.async { [onUpdate] in onUpdate(update) }
      return running
    }
    processes.forEach { $0.terminate() }
    processes.forEach { $0.waitForExit() }
  }
}

extension ResourceWatcher {
  private func startWatch() {
    scheduled = nil
    watchGeneration += 1
    let generation = watchGeneration
    splitter = JSONStreamSplitter(layout: .oneDocumentPerLine)
    stderrTail = Data()
    watchHeard = false
    liveSince = nil
    warning = nil
    do {
      watchProcess = try runner.start(target.watchCommand(query)) { [weak self] event in
        guard let self else { return }
        queue.async { self.handleWatch(event, generation: generation) }
      }
    } catch {
      watchProcess = nil
      fail(error)
      return
    }
    let now = Date()
    waiting.withLock { $0 = now }
    reconcilePending = listed
    state = .connecting(since: now)
    scheduleQuietList(generation: generation)
    schedulePublish()
  }

  private func scheduleQuietList(generation: Int) {
    quietTimer?.cancel()
    let timer = DispatchWorkItem { [weak self] in
      guard let self, generation == watchGeneration, !watchHeard, !stopped else { return }
      reconcilePending = false
      runList(listed ? .reconcile : .quiet)
    }
    quietTimer = timer
    queue.asyncAfter(deadline: .now() + timing.quietListDelay, execute: timer)
  }

  private func handleWatch(_ event: ProcessEvent, generation: Int) {
    guard generation == watchGeneration, !stopped else { return }
    switch event {
    case .stdout(let data):
      splitter.feed(data).forEach(handleItem)
    case .stderr(let data):
      stderrTail.append(data)
      if stderrTail.count > 8192 { stderrTail = stderrTail.suffix(8192) }
    case .exited(let exit):
      splitter.finish().forEach(handleItem)
      watchEnded(exit)
    }
  }

  private func handleItem(_ item: JSONStreamSplitter.Item) {
    switch item {
    case .document(let event):
      heard()
      apply(event)
    case .garbage(let text):
      warning = .malformedOutput(
        command: target.watchCommand(query).summary, detail: "not JSON: '\(text)'")
    case .malformed(let detail):
      warning = .malformedOutput(command: target.watchCommand(query).summary, detail: detail)
    }
    schedulePublish()
  }

  /// The watch printed its first event: it is live, and a pending reconcile may run.
  private func heard() {
    guard !watchHeard else { return }
    watchHeard = true
    let now = Date()
    liveSince = now
    state = .live(since: now)
    waiting.withLock { $0 = listFlight == nil ? nil : $0 }
    if reconcilePending {
      reconcilePending = false
      runList(.reconcile)
    }
  }

  private func apply(_ event: JSONValue) {
    guard let object = event["object"] else {
      warning = .malformedOutput(
        command: target.watchCommand(query).summary, detail: "an event without an object")
      return
    }
    switch event["type"]?.string {
    case "ADDED", "MODIFIED":
      let key = Self.key(of: object)
      objects[key] = stripped(object)
      listFlight?.touched.insert(key)
      listed = true
    case "DELETED":
      let key = Self.key(of: object)
      objects[key] = nil
      listFlight?.deleted.insert(key)
    case "ERROR":
      let message = object["message"]?.string ?? "no message"
      warning = .watchError(resource: query.resource, message: message)
    case "BOOKMARK":
      break
    default:
      warning = .malformedOutput(
        command: target.watchCommand(query).summary,
        detail: "an event of unknown type '\(event["type"]?.string ?? "none")'")
    }
  }

  private func watchEnded(_ exit: ProcessExit) {
    watchProcess = nil
    quietTimer?.cancel()
    reconcilePending = false
    if listFlight == nil { waiting.withLock { $0 = nil } }
    if let liveSince, Date().timeIntervalSince(liveSince) >= timing.healthyAfter { failures = 0 }
    let error =
      exit.termination.succeeded && stderrTail.isEmpty
      ? SourceError.watchEnded(resource: query.resource)
      : classify(stderrTail, exit.termination, target.watchCommand(query))
    if case .forbidden(_, "watch", _) = error {
      mode = .poll
      warning = error
      runList(.poll)
      return
    }
    fail(error)
  }

  /// Records `error`; retries after the back-off unless it is permanent.
  private func fail(_ error: SourceError) {
    if error.isPermanent {
      state = .failed(error)
    } else {
      let delay = min(timing.initialBackoff * pow(2, Double(failures)), timing.maximumBackoff)
      failures += 1
      state = .retrying(error, next: Date().addingTimeInterval(delay))
      schedule(after: delay) { [weak self] in
        guard let self else { return }
        mode == .poll ? runList(.poll) : startWatch()
      }
    }
    schedulePublish()
  }

  private func schedule(after delay: Double, _ work: @escaping @Sendable () -> Void) {
    scheduled?.cancel()
    let item = DispatchWorkItem(block: work)
    scheduled = item
    queue.asyncAfter(deadline: .now() + delay, execute: item)
  }

  private func classify(
    _ stderr: Data, _ termination: ProcessTermination, _ command: Command
  ) -> SourceError {
    .kubectl(
      stderr: String(decoding: stderr, as: UTF8.self), termination: termination, query: query,
      target: target, command: command)
  }
}

extension ResourceWatcher {
  private func runList(_ purpose: ListPurpose) {
    guard listFlight == nil, !stopped else { return }
    listGeneration += 1
    let generation = listGeneration
    listFlight = ListFlight(generation: generation, purpose: purpose)
    do {
      let process = try runner.start(target.listCommand(query)) { [weak self] event in
        guard let self else { return }
        queue.async { self.handleList(event, generation: generation) }
      }
      listFlight?.process = process
    } catch {
      listFlight = nil
      fail(error)
      return
    }
    waiting.withLock { $0 = $0 ?? Date() }
    queue.asyncAfter(deadline: .now() + timing.listTimeout) { [weak self] in
      guard let self, listFlight?.generation == generation else { return }
      listFlight?.timedOut = true
      listFlight?.process?.terminate()
    }
  }

  private func handleList(_ event: ProcessEvent, generation: Int) {
    guard listFlight?.generation == generation, !stopped else { return }
    switch event {
    case .stdout(let data): listFlight?.stdout.append(data)
    case .stderr(let data): listFlight?.stderr.append(data)
    case .exited(let exit):
      guard let flight = listFlight else { return }
      listFlight = nil
      if watchProcess == nil || watchHeard { waiting.withLock { $0 = nil } }
      listEnded(flight, exit)
    }
  }

  private func listEnded(_ flight: ListFlight, _ exit: ProcessExit) {
    let command = target.listCommand(query)
    let result: Result<[JSONValue], SourceError>
    if flight.timedOut {
      result = .failure(.timedOut(command: command.summary, seconds: timing.listTimeout))
    } else if !exit.termination.succeeded {
      result = .failure(classify(flight.stderr, exit.termination, command))
    } else {
      result = Self.items(of: flight.stdout, command: command)
    }
    switch (result, flight.purpose) {
    case (.success(let items), .poll):
      merge(items, flight)
      state = .polling(at: Date())
      schedule(after: timing.pollInterval) { [weak self] in self?.runList(.poll) }
    case (.success(let items), _):
      merge(items, flight)
      if case .connecting = state, watchProcess != nil { state = .live(since: Date()) }
    case (.failure(let error), .poll):
      fail(error)
    case (.failure(let error), _):
      warning = error
    }
    schedulePublish()
  }

  static func items(of output: Data, command: Command) -> Result<[JSONValue], SourceError> {
    do {
      let list = try JSONValue(data: output)
      guard let items = list["items"]?.array else {
        return .failure(
          .malformedOutput(command: command.summary, detail: "no 'items' array"))
      }
      return .success(items)
    } catch {
      return .failure(.malformedOutput(command: command.summary, detail: "\(error)"))
    }
  }

  /// Replaces the set with `items`, except where the watch touched an object meanwhile.
  private func merge(_ items: [JSONValue], _ flight: ListFlight) {
    var next: [String: JSONValue] = [:]
    for item in items {
      let key = Self.key(of: item)
      guard !flight.deleted.contains(key) else { continue }
      next[key] = flight.touched.contains(key) ? objects[key] : stripped(item)
    }
    for key in flight.touched where next[key] == nil {
      next[key] = objects[key]
    }
    objects = next
    listed = true
  }
}

extension ResourceWatcher {
  private func schedulePublish() {
    guard !publishScheduled else { return }
    publishScheduled = true
    queue.asyncAfter(deadline: .now() + timing.coalesceInterval) { [weak self] in
      guard let self else { return }
      publishScheduled = false
      guard !stopped else { return }
      let update = makeUpdate()
      delivery.async { [onUpdate] in onUpdate(update) }
    }
  }

  private func makeUpdate() -> WatchUpdate {
    WatchUpdate(
      query: query, items: listed ? sortedItems() : nil, state: state, warning: warning,
      waitingSince: waitingSince, at: Date())
  }

  private func sortedItems() -> [JSONValue] {
    objects.values.sorted { Self.sortKey(of: $0) < Self.sortKey(of: $1) }
  }

  private func stripped(_ object: JSONValue) -> JSONValue {
    guard !query.droppedFields.isEmpty, var members = object.object else { return object }
    query.droppedFields.forEach { members[$0] = nil }
    return .object(members)
  }

  /// `metadata.uid`, else namespace/name.
  static func key(of object: JSONValue) -> String {
    object["metadata"]?["uid"]?.string ?? sortKey(of: object)
  }

  private static func sortKey(of object: JSONValue) -> String {
    let metadata = object["metadata"]
    return (metadata?["namespace"]?.string ?? "") + "/" + (metadata?["name"]?.string ?? "")
  }
}
