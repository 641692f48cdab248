import DashSources
import Testing

@Suite("ResourceQuery.dashboard")
struct ResourceQueryDashboardTests {
  @Test("names the seven kinds the screen shows, in a fixed order")
  func kinds() {
    #expect(
      ResourceQuery.dashboard(release: "tokenplace-relay").map(\.resource) == [
        "pods", "ingresses", "certificates.cert-manager.io", "services", "endpoints", "events",
        "secrets",
      ])
  }
}
