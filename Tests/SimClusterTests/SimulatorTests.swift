import Testing

/// Every simulator suite, one after another: they share the machine's two cores,
/// and the descriptor counts of the load tests must not see other tests' sockets.
@Suite("Simulator", .serialized)
enum SimulatorTests {}
