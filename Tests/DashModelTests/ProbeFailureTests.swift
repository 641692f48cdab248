import DashModel
import Testing

@Suite("Probe failure")
struct ProbeFailureTests {
  @Test(
    "each failure named as such",
    arguments: [
      (ProbeFailure.dns("no such host"), "DNS lookup failed (no such host)"),
      (.dns(""), "DNS lookup failed"),
      (
        .tls("certificate has expired"),
        "TLS handshake failed (certificate has expired)"
      ),
      (.refused("127.0.0.1:443"), "connection refused (127.0.0.1:443)"),
      (.timeout(seconds: 5), "timed out after 5s"),
      (.timeout(seconds: 2.5), "timed out after 2.5s"),
      (.timeout(seconds: .infinity), "timed out after infs"),
      (.other("network is unreachable"), "network is unreachable"),
      (.other(""), "request failed"),
    ])
  func description(failure: ProbeFailure, text: String) {
    #expect(failure.description == text)
  }
}
