import DashSources
import Testing

@Suite("SourceError wording and kubectl classification")
struct SourceErrorTests {
  struct Wording: Sendable, CustomTestStringConvertible {
    var error: SourceError
    var text: String
    var testDescription: String { text }
  }

  static let wordings = [
    Wording(
      error: .toolNotFound(tool: "kubectl", path: "/opt/kubectl", flag: "--kubectl"),
      text: "kubectl not found at '/opt/kubectl'; pass --kubectl PATH"),
    Wording(
      error: .toolNotFound(tool: "helm", path: "helm", flag: "--helm"),
      text: "helm not found on PATH (looked for 'helm'); pass --helm PATH"),
    Wording(
      error: .toolNotExecutable(tool: "helm", path: "/tmp/helm", flag: "--helm"),
      text: "helm at '/tmp/helm' is not executable; pass --helm PATH"),
    Wording(
      error: .spawnFailed(tool: "kubectl", path: "/usr/bin/kubectl", errno: 12),
      text: "cannot start kubectl at '/usr/bin/kubectl': Cannot allocate memory"),
    Wording(
      error: .timedOut(command: "helm status tokenplace-relay", seconds: 20),
      text: "'helm status tokenplace-relay' gave no answer within 20 s and was stopped"),
    Wording(
      error: .forbidden(resource: "pods", verb: "watch", namespace: "tokenplace"),
      text: "forbidden: not allowed to watch 'pods' in namespace 'tokenplace' (RBAC);"
        + " ask for get, list and watch on pods"),
    Wording(
      error: .resourceTypeNotFound(resource: "certificates.cert-manager.io"),
      text: "cert-manager not installed: the cluster has no resource type"
        + " 'certificates.cert-manager.io'"),
    Wording(
      error: .resourceTypeNotFound(resource: "ingressroutes"),
      text: "the cluster has no resource type 'ingressroutes'"),
    Wording(
      error: .connectionRefused(server: "127.0.0.1:6443"),
      text: "connection refused by the API server at '127.0.0.1:6443'; is the cluster up"
        + " and the kubeconfig's server address right?"),
    Wording(
      error: .unreachable(detail: "dial tcp: lookup k3s.lan: no such host"),
      text: "cannot reach the API server: dial tcp: lookup k3s.lan: no such host"),
    Wording(
      error: .unauthorized(detail: "Unauthorized"),
      text: "the API server rejected the credentials (Unauthorized); check the kubeconfig's user"),
    Wording(
      error: .contextNotFound(context: "stagign"),
      text: "kube context 'stagign' not found in the kubeconfig;"
        + " pass --context NAME (see 'kubectl config get-contexts')"),
    Wording(
      error: .kubeconfigUnreadable(path: "/etc/rancher/k3s/k3s.yaml", detail: "permission denied"),
      text: "cannot read kubeconfig '/etc/rancher/k3s/k3s.yaml': permission denied;"
        + " pass --kubeconfig FILE"),
    Wording(
      error: .malformedOutput(command: "kubectl get pods", detail: "not JSON: 'oops'"),
      text: "'kubectl get pods' printed output that is not valid JSON: not JSON: 'oops'"),
    Wording(
      error: .watchError(resource: "pods", message: "too old resource version"),
      text: "the watch of 'pods' reported an error: too old resource version"),
    Wording(
      error: .watchEnded(resource: "events"), text: "the watch of 'events' ended; restarting it"),
    Wording(
      error: .releaseNotFound(release: "tokenplace-relay", namespace: "tokenplace"),
      text: "helm release 'tokenplace-relay' not found in namespace 'tokenplace';"
        + " check --release and --namespace"),
    Wording(
      error: .commandFailed(command: "kubectl get pods", termination: "exit 1", detail: "boom"),
      text: "'kubectl get pods' failed (exit 1): boom"),
  ]

  @Test("wording", arguments: wordings)
  func wording(_ wording: Wording) {
    #expect(wording.error.description == wording.text)
  }

  struct Stderr: Sendable, CustomTestStringConvertible {
    var name: String
    var stderr: String
    var query: ResourceQuery = .pods(release: "tokenplace-relay")
    var expected: SourceError
    var testDescription: String { name }
  }

  static let target = KubectlTarget(
    kubectlPath: "kubectl", kubeconfig: "/tmp/kc", namespace: "tokenplace", requestTimeout: 10,
    environment: [:])

  static let samples = [
    Stderr(
      name: "forbidden watch",
      stderr: "Error from server (Forbidden): pods is forbidden: User \"system:serviceaccount:"
        + "tokenplace:dash\" cannot watch resource \"pods\" in API group \"\" in the namespace"
        + " \"tokenplace\"\n",
      expected: .forbidden(resource: "pods", verb: "watch", namespace: "tokenplace")),
    Stderr(
      name: "forbidden list of events",
      stderr: "Error from server (Forbidden): events is"
        + " forbidden: User \"u\" cannot list resource \"events\" in API group \"\"\n",
      query: .warningEvents,
      expected: .forbidden(resource: "events", verb: "list", namespace: "tokenplace")),
    Stderr(
      name: "no certificate CRD",
      stderr: "error: the server doesn't have a resource type \"certificates\"\n",
      query: .certificates,
      expected: .resourceTypeNotFound(resource: "certificates.cert-manager.io")),
    Stderr(
      name: "connection refused",
      stderr: "E1203 memcache.go:265] couldn't get current server API group list: Get"
        + " \"http://127.0.0.1:1/api\": dial tcp 127.0.0.1:1: connect: connection refused\n"
        + "The connection to the server 127.0.0.1:1 was refused - did you specify the right"
        + " host or port?\n",
      expected: .connectionRefused(server: "127.0.0.1:1")),
    Stderr(
      name: "context not found",
      stderr: "Error in configuration: context was not found for specified context: nope\n",
      expected: .contextNotFound(context: "nope")),
    Stderr(
      name: "kubeconfig is a directory",
      stderr: "error: error loading config file \"/tmp/kc\": read /tmp/kc: is a directory\n",
      expected: .kubeconfigUnreadable(path: "/tmp/kc", detail: "read /tmp/kc: is a directory")),
    Stderr(
      name: "kubeconfig missing", stderr: "error: stat /tmp/kc: no such file or directory\n",
      expected: .kubeconfigUnreadable(path: "/tmp/kc", detail: "no such file or directory")),
    Stderr(
      name: "timeout",
      stderr: "Unable to connect to the server: net/http: request canceled (Client.Timeout"
        + " exceeded while awaiting headers)\n",
      expected: .timedOut(
        command: "kubectl get pods", seconds: 10)),
    Stderr(
      name: "unknown host",
      stderr: "Unable to connect to the server: dial tcp: lookup k3s.lan on 1.1.1.1:53: no such"
        + " host\n",
      expected: .unreachable(detail: "dial tcp: lookup k3s.lan on 1.1.1.1:53: no such host")),
    Stderr(
      name: "unauthorized",
      stderr: "error: You must be logged in to the server (Unauthorized)\n",
      expected: .unauthorized(detail: "Unauthorized")),
    Stderr(
      name: "anything else", stderr: "error: something new\n",
      expected: .commandFailed(
        command: "kubectl get pods",
        termination: "exit 1", detail: "error: something new")),
  ]

  @Test("kubectl's stderr names the cause", arguments: samples)
  func classify(_ sample: Stderr) {
    let command = Self.target.command(["get", "pods"])
    let error = SourceError.kubectl(
      stderr: sample.stderr, termination: .exited(1), query: sample.query, target: Self.target,
      command: command)
    #expect(error == sample.expected)
  }
}

@Suite struct CommandSummaryTests {
  @Test(arguments: [
    (
      [
        "kubectl", "--kubeconfig", "/k", "--namespace", "ns", "get", "pods", "-l", "a=b", "--watch",
        "--output-watch-events", "-o", "json",
      ],
      "kubectl get pods"
    ),
    (["/usr/bin/helm", "status", "rel", "-n", "ns", "-o", "json", "--max=20"], "helm status rel"),
    (["kubectl", "--request-timeout=10s", "get", "events"], "kubectl get events"),
  ])
  func messagesNameTheToolVerbAndResourceOnly(argv: [String], summary: String) {
    #expect(Command(argv: argv, environment: [:]).summary == summary)
  }
}
