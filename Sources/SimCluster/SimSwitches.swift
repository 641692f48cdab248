import Synchronization

/// The simulator's runtime switches, read by the API server, controllers and relay.
final class SimSwitches: Sendable {
  /// The switch values.
  struct State: Sendable {
    var scenario: Scenario
    var certManagerInstalled = true
    /// Resources (plural names) the operator's RBAC role may not read.
    var forbiddenResources: Set<String> = []
    var logLinesPerSecond: Double
    var requestCount = 0
  }

  private let state: Mutex<State>

  init(scenario: Scenario, logLinesPerSecond: Double) {
    state = Mutex(State(scenario: scenario, logLinesPerSecond: logLinesPerSecond))
  }

  /// A copy of the current values.
  var current: State { state.withLock { $0 } }

  /// Changes values under the lock.
  func change(_ body: (inout State) -> Void) {
    state.withLock { body(&$0) }
  }

  /// Counts a request and says whether api-flaky fails it (every third), and how.
  func countRequest() -> SimError? {
    state.withLock { state in
      state.requestCount += 1
      guard state.scenario == .apiFlaky, state.requestCount % 3 == 0 else { return nil }
      return state.requestCount % 2 == 0
        ? .internalError("etcdserver: request timed out")
        : .unavailable("the server is currently unable to handle the request")
    }
  }
}
