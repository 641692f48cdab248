import Foundation
import Synchronization

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// A blocking HTTP client for the Kubernetes API named by a kubeconfig.
public struct KubeClient: Sendable {
  /// One HTTP reply: status code and body.
  public struct Response: Sendable {
    public var status: Int
    public var body: Data
  }

  /// The cluster to talk to.
  public let config: Kubeconfig
  /// Seconds one request may take before it fails.
  public let requestTimeout: TimeInterval

  public init(config: Kubeconfig, requestTimeout: TimeInterval = 30) {
    self.config = config
    self.requestTimeout = requestTimeout
  }

  /// Sends one request and waits for its reply; transport failures throw `apiUnreachable`.
  public func send(
    _ method: String, _ path: String, body: HelmValue? = nil,
    contentType: String = "application/json"
  ) throws -> Response {
    let address = config.server.trimmingTrailingSlashes + path
    guard let url = URL(string: address) else {
      throw HelmError.apiUnreachable(server: address, detail: "not a valid URL")
    }
    var request = URLRequest(url: url, timeoutInterval: requestTimeout)
    request.httpMethod = method
    request.setValue("application/json", forHTTPHeaderField: "Accept")
    request.setValue(
      "tokenplace-sim-helm-stand-in", forHTTPHeaderField: "User-Agent")
    if let token = config.token {
      request.setValue("Bearer " + token, forHTTPHeaderField: "Authorization")
    }
    if let body {
      request.httpBody = body.jsonData
      request.setValue(contentType, forHTTPHeaderField: "Content-Type")
    }
    return try perform(request, address: address)
  }

  /// Sends a request and decodes a 2xx JSON reply; other statuses throw `apiStatus`.
  public func json(
    _ method: String, _ path: String, body: HelmValue? = nil,
    contentType: String = "application/json"
  ) throws -> HelmValue {
    let response = try send(method, path, body: body, contentType: contentType)
    guard (200..<300).contains(response.status) else {
      throw KubeClient.statusError(response)
    }
    return try HelmValue(
      json: response.body, what: "API reply to \(method) \(path)")
  }

  /// The error for a non-2xx reply, with the message of its `Status` object when there is one.
  static func statusError(_ response: Response) -> HelmError {
    let status = try? HelmValue(json: response.body, what: "Status")
    let message =
      status?["message"]?.string
      ?? String(decoding: response.body, as: UTF8.self)
    return .apiStatus(code: response.status, message: message)
  }

  /// Runs `request` on an ephemeral session and blocks until it completes.
  private func perform(_ request: URLRequest, address: String) throws
    -> Response
  {
    let session = URLSession(configuration: .ephemeral)
    defer { session.finishTasksAndInvalidate() }
    let outcome = Mutex<Result<Response, HelmError>?>(nil)
    let done = DispatchSemaphore(value: 0)
    let task = session.dataTask(with: request) { data, reply, error in
      let result: Result<Response, HelmError>
      if let error {
        result = .failure(
          .apiUnreachable(server: address, detail: error.localizedDescription))
      } else if let http = reply as? HTTPURLResponse {
        result = .success(
          Response(status: http.statusCode, body: data ?? Data()))
      } else {
        result = .failure(
          .apiUnreachable(server: address, detail: "no HTTP reply"))
      }
      outcome.withLock { $0 = result }
      done.signal()
    }
    task.resume()
    done.wait()
    let result = outcome.withLock { $0 }
    guard let result else {
      throw HelmError.apiUnreachable(server: address, detail: "no reply")
    }
    return try result.get()
  }
}

extension String {
  /// The string without trailing `/` characters.
  fileprivate var trimmingTrailingSlashes: String {
    var text = self
    while text.hasSuffix("/") { text.removeLast() }
    return text
  }
}
