import DashModel
import DashSources
import Foundation
import TestSupport
import Testing

@Suite("HealthProber against a loopback HTTP server")
struct HealthProberTests {
  /// The first probe of `url`.
  func probe(_ url: URL, timeout: Double = 3, bodyLimit: Int = 65_536) -> HealthProbe? {
    let probes = SourcesRecorder<HealthProbe>()
    let prober = HealthProber(
      url: url, timeout: timeout, interval: 60, bodyLimit: bodyLimit, onProbe: probes.record)
    prober.start()
    defer { prober.stop() }
    return probes.first(within: 15) { _ in true }
  }

  func response(_ probe: HealthProbe?) -> HealthResponse? {
    if case .response(let response) = probe?.result { return response }
    return nil
  }

  @Test("200 ok: status, latency and body")
  func ok() throws {
    let body = Data(#"{"status":"ok","knownServers":1}"#.utf8)
    let server = try SourcesHTTPServer(reply: .init(status: 200, reason: "OK", body: body))
    defer { server.stop() }
    let answer = try #require(response(probe(server.url)))
    #expect(answer.statusCode == 200)
    #expect(answer.body == body)
    #expect(!answer.bodyTruncated)
    #expect(answer.latencyMilliseconds > 0 && answer.latencyMilliseconds < 3000)
  }

  @Test("503 draining keeps Retry-After")
  func draining() throws {
    let body = Data(#"{"status":"draining"}"#.utf8)
    let server = try SourcesHTTPServer(
      reply: .init(
        status: 503, reason: "Service Unavailable", headers: ["Retry-After": "0"], body: body))
    defer { server.stop() }
    let answer = try #require(response(probe(server.url)))
    #expect(answer.statusCode == 503)
    #expect(answer.retryAfter == "0")
    #expect(answer.body == body)
  }

  @Test("a body past the limit is cut")
  func bodyLimit() throws {
    let server = try SourcesHTTPServer(
      reply: .init(status: 200, body: Data(repeating: 0x61, count: 5000)))
    defer { server.stop() }
    let answer = try #require(response(probe(server.url, bodyLimit: 1000)))
    #expect(answer.body.count == 1000)
    #expect(answer.bodyTruncated)
  }

  @Test("a closed port is refused")
  func refused() throws {
    let port = try SourcesProcessTable.closedLoopbackPort()
    let url = try #require(URL(string: "http://127.0.0.1:\(port)/healthz"))
    #expect(probe(url)?.result == .failure(.refused("connection refused by '127.0.0.1:\(port)'")))
  }

  @Test("a name that does not resolve is a DNS failure")
  func dns() throws {
    let url = try #require(URL(string: "https://nonexistent.invalid/healthz"))
    #expect(probe(url)?.result == .failure(.dns("cannot resolve host 'nonexistent.invalid'")))
  }

  @Test("https to a server that speaks plain HTTP is a TLS failure")
  func tls() throws {
    let server = try SourcesHTTPServer(reply: .init(status: 200))
    defer { server.stop() }
    let url = try #require(URL(string: "https://127.0.0.1:\(server.port)/healthz"))
    let result = probe(url)?.result
    guard case .failure(.tls(let message)) = result else {
      Issue.record("expected a TLS failure, got \(String(describing: result))")
      return
    }
    #expect(message.hasPrefix("TLS with '127.0.0.1' failed: "))
  }

  @Test(
    "a self-signed certificate fails the certificate check")
  func untrustedCertificate() throws {
    let directory = try SourcesTemporaryDirectory.make(prefix: "tls")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let runner = ProcessRunner(terminateGrace: 0.5)
    let environment = ["PATH": "/usr/bin:/bin"]
    let generate = try runner.run(
      Command(
        argv: [
          "/usr/bin/openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
          "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
          "-keyout", directory + "/key.pem", "-out", directory + "/cert.pem",
        ], environment: environment), timeout: 30)
    #expect(generate.termination == .exited(0))
    let port = try SourcesProcessTable.closedLoopbackPort()
    let output = SourcesRecorder<ProcessEvent>()
    let server = try runner.start(
      Command(
        argv: [
          "/usr/bin/openssl", "s_server", "-accept", "127.0.0.1:\(port)", "-cert",
          directory + "/cert.pem", "-key", directory + "/key.pem", "-www",
        ], environment: environment), framing: .lines, onEvent: output.record)
    defer {
      server.terminate()
      server.waitForExit()
    }
    #expect(output.first { $0 == .stdout(Data("ACCEPT".utf8)) } != nil)
    let url = try #require(URL(string: "https://127.0.0.1:\(port)/healthz"))
    let result = probe(url)?.result
    guard case .failure(.tls(let message)) = result else {
      Issue.record("expected a TLS failure, got \(String(describing: result))")
      return
    }
    #expect(message.contains("certificate"))
  }

  @Test("a server that never answers times out")
  func timeout() throws {
    let server = try SourcesHTTPServer(reply: .init(status: 200, silent: true))
    defer { server.stop() }
    #expect(probe(server.url, timeout: 0.5)?.result == .failure(.timeout(seconds: 0.5)))
  }

  @Test("probes never overlap, and probeNow probes again")
  func noOverlap() throws {
    let server = try SourcesHTTPServer(reply: .init(status: 200, silent: true))
    defer { server.stop() }
    let probes = SourcesRecorder<HealthProbe>()
    let prober = HealthProber(url: server.url, timeout: 1, interval: 60, onProbe: probes.record)
    defer { prober.stop() }
    prober.start()
    #expect(SourcesPolling.until(seconds: 5) { server.requests.load(ordering: .relaxed) == 1 })
    prober.probeNow()
    prober.probeNow()
    #expect(probes.first { _ in true } != nil)
    #expect(server.requests.load(ordering: .relaxed) == 1)
    prober.probeNow()
    #expect(SourcesPolling.until(seconds: 5) { server.requests.load(ordering: .relaxed) == 2 })
  }
}
