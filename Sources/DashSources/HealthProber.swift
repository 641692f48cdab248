import DashModel
import Foundation
import Synchronization

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Probes the relay's health URL with `URLSession` (ephemeral, certificate checking on) on its
/// own interval and on demand; probes never overlap, and each result reaches `onProbe` from a
/// background thread.
public final class HealthProber: Sendable {
  public let url: URL
  /// Per-request timeout, in seconds.
  public let timeout: Double
  /// Seconds between the starts of scheduled probes.
  public let interval: Double
  /// Bodies are cut after this many bytes.
  public let bodyLimit: Int
  private let session: URLSession
  private let onProbe: @Sendable (HealthProbe) -> Void
  private let queue = DispatchQueue(label: "tokenplace-dash.health")
  private let state = Mutex(Schedule())

  /// Whether a probe runs and what drives the next, guarded by `state`.
  private struct Schedule {
    var inFlight = false
    var started = false
    var stopped = false
  }

  public init(
    url: URL, timeout: Double = 3, interval: Double = 10, bodyLimit: Int = 65_536,
    onProbe: @escaping @Sendable (HealthProbe) -> Void
  ) {
    self.url = url
    self.timeout = timeout
    self.interval = interval
    self.bodyLimit = bodyLimit
    self.onProbe = onProbe
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = timeout
    configuration.timeoutIntervalForResource = timeout
    configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
    configuration.urlCache = nil
    self.session = URLSession(configuration: configuration)
  }

  /// Releases the session even when `stop()` was not called.
  deinit {
    session.invalidateAndCancel()
  }

  /// Probes now and then every `interval` seconds.
  public func start() {
    let first = state.withLock { schedule -> Bool in
      guard !schedule.stopped, !schedule.started else { return false }
      schedule.started = true
      return true
    }
    guard first else { return }
    queue.async { [weak self] in self?.tick() }
  }

  /// Probes at once unless a probe is already running; returns at once.
  public func probeNow() {
    let go = state.withLock { schedule -> Bool in
      guard !schedule.stopped, !schedule.inFlight else { return false }
      schedule.inFlight = true
      return true
    }
    guard go else { return }
    var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData)
    request.timeoutInterval = timeout
    let began = Date()
    let task = session.dataTask(with: request) { [weak self] data, response, error in
      guard let self else { return }
      let result = self.result(data: data, response: response, error: error, began: began)
      let stopped = state.withLock { schedule -> Bool in
        schedule.inFlight = false
        return schedule.stopped
      }
      if !stopped { onProbe(HealthProbe(url: url.absoluteString, at: Date(), result: result)) }
    }
    task.resume()
  }

  /// Stops the schedule and cancels a running probe; no result is delivered afterwards.
  public func stop() {
    state.withLock { $0.stopped = true }
    session.invalidateAndCancel()
  }

  /// One scheduled probe, then the next one `interval` seconds later.
  private func tick() {
    guard !state.withLock({ $0.stopped }) else { return }
    probeNow()
    queue.asyncAfter(deadline: .now() + interval) { [weak self] in self?.tick() }
  }

  private func result(
    data: Data?, response: URLResponse?, error: Error?, began: Date
  ) -> HealthProbe.Result {
    let latency = Date().timeIntervalSince(began) * 1000
    if let error { return .failure(failure(from: error)) }
    guard let http = response as? HTTPURLResponse else {
      return .failure(.other("'\(url.absoluteString)' did not answer with HTTP"))
    }
    var headers: [String: String] = [:]
    for (name, value) in http.allHeaderFields {
      headers[String(describing: name).lowercased()] = String(describing: value)
    }
    let body = data ?? Data()
    return .response(
      HealthResponse(
        statusCode: http.statusCode, latencyMilliseconds: latency, headers: headers,
        body: body.prefix(bodyLimit), bodyTruncated: body.count > bodyLimit))
  }

  /// Names why `error` gave no HTTP answer; all probe failure wording lives here. On Linux,
  /// URLSession reports many TLS failures as `.unknown` with curl's OpenSSL message.
  func failure(from error: Error) -> ProbeFailure {
    let host = url.host ?? url.absoluteString
    let port = url.port.map { ":\($0)" } ?? ""
    guard let urlError = error as? URLError else { return .other("\(error)") }
    switch urlError.code {
    case .cannotFindHost, .dnsLookupFailed:
      return .dns("cannot resolve host '\(host)'")
    case .cannotConnectToHost:
      return .refused("connection refused by '\(host)\(port)'")
    case .timedOut:
      return .timeout(seconds: timeout)
    case .secureConnectionFailed, .serverCertificateHasBadDate, .serverCertificateUntrusted,
      .serverCertificateHasUnknownRoot, .serverCertificateNotYetValid,
      .clientCertificateRejected, .clientCertificateRequired:
      return .tls("TLS with '\(host)' failed: \(urlError.localizedDescription)")
    default:
      let text = urlError.localizedDescription
      let tlsMarks = ["SSL", "TLS", "certificate"]
      if url.scheme == "https" && tlsMarks.contains(where: text.contains) {
        return .tls("TLS with '\(host)' failed: \(text)")
      }
      return .other("'\(url.absoluteString)': \(text)")
    }
  }
}
