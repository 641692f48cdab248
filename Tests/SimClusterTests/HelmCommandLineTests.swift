import Foundation
import SimCluster
import Testing

@Suite struct HelmCommandLineTests {
  @Test(arguments: [
    (
      "long flag", ["upgrade", "--install", "r", "c", "--bogus"],
      "Error: unknown flag: --bogus\n"
    ),
    ("status", ["status", "r", "--bogus=1"], "Error: unknown flag: --bogus\n"),
    (
      "shorthand", ["history", "r", "-x"],
      "Error: unknown shorthand flag: 'x' in -x\n"
    ),
    (
      "missing value", ["status", "r", "-n"],
      "Error: flag needs an argument: 'n' in -n\n"
    ),
    (
      "missing timeout", ["upgrade", "r", "c", "--timeout"],
      "Error: flag needs an argument: --timeout\n"
    ),
    (
      "bad output", ["status", "r", "-o", "xml"],
      "Error: invalid argument \"xml\" for \"-o, --output\" flag: invalid format type\n"
    ),
    (
      "too few", ["upgrade", "r"],
      "Error: \"helm upgrade\" requires 2 arguments\n\nUsage:  helm upgrade [RELEASE] [CHART] [flags]\n"
    ),
  ])
  func refusesLikeHelm(id: String, arguments: [String], message: String) {
    let result = runHelm(arguments)
    #expect(result.status == 1)
    #expect(result.stderr == message)
    #expect(result.stdout.isEmpty)
  }

  @Test func refusesRealHelmFlagsItDoesNotAnswer() {
    let result = runHelm(["upgrade", "r", "c", "--atomic"])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "flag --atomic is a real helm flag that the tokenplace-sim"))
  }

  @Test func versionSaysItIsTheStandIn() {
    let result = runHelm(["version"])
    #expect(result.status == 0)
    #expect(
      result.stdout
        == "tokenplace-sim helm stand-in (speaks Helm 3 storage format; not helm)\n"
    )
    #expect(!result.stdout.contains("BuildInfo"))
  }

  @Test func unknownSubcommandNamesWhatItAnswers() {
    let result = runHelm(["install", "r", "c"])
    #expect(result.status == 1)
    #expect(
      result.stderr.hasPrefix("Error: unknown command \"install\" for \"helm\"")
    )
  }

  @Test func missingKubeconfigSaysWhichFile() {
    let result = runHelm(["status", "r", "--kubeconfig", "/nonexistent/kc"])
    #expect(
      result.stderr
        == "Error: Kubernetes cluster unreachable: cannot read kubeconfig \"/nonexistent/kc\"\n"
    )
  }

  @Test(arguments: [
    ("go default", "5m0s", 300.0), ("seconds", "90s", 90.0),
    ("mixed", "1h2m3s", 3723.0),
    ("fraction", "1.5s", 1.5), ("millis", "250ms", 0.25), ("zero", "0", 0.0),
  ])
  func parsesGoDurations(id: String, text: String, seconds: Double) throws {
    #expect(try GoDuration.seconds(text) == seconds)
  }

  @Test(arguments: ["5", "m", "", "5x", "1.2.3s"])
  func refusesBadDurations(text: String) {
    #expect(throws: HelmError.invalidDuration(text)) {
      try GoDuration.seconds(text)
    }
  }
}
