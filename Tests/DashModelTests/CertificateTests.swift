import DashModel
import Foundation
import TestSupport
import Testing

/// A recorded certificate and what the dashboard should make of it.
struct CertificateCase: CustomTestStringConvertible, Sendable {
  let fixture: String
  let ready: String
  let readyReason: String
  let issuingReason: String?
  let daysLeft: Int?
  let level: ExpiryLevel

  var testDescription: String { fixture }
}

@Suite("Certificate")
struct CertificateTests {
  static let cases: [CertificateCase] = [
    CertificateCase(
      fixture: "ready", ready: "True", readyReason: "Ready", issuingReason: nil,
      daysLeft: 80,
      level: .ok),
    CertificateCase(
      fixture: "renewal-due", ready: "True", readyReason: "Ready",
      issuingReason: "Renewing",
      daysLeft: 10, level: .warning),
    CertificateCase(
      fixture: "expiring", ready: "True", readyReason: "Ready",
      issuingReason: "Failed",
      daysLeft: 1, level: .alarm),
    CertificateCase(
      fixture: "expired", ready: "False", readyReason: "Expired",
      issuingReason: "Failed",
      daysLeft: -2, level: .alarm),
    CertificateCase(
      fixture: "failing", ready: "False", readyReason: "DoesNotExist",
      issuingReason: "Failed",
      daysLeft: nil, level: .unknown),
  ]

  @Test(
    "conditions, days left and expiry level of recorded certificates",
    arguments: cases)
  func derived(expected: CertificateCase) throws {
    let certificate = try ModelFixtures.certificate(expected.fixture)
    let now = ModelFixtures.now
    #expect(certificate.ready?.status == expected.ready)
    #expect(certificate.ready?.reason == expected.readyReason)
    #expect(certificate.issuing?.reason == expected.issuingReason)
    #expect(certificate.daysLeft(now: now) == expected.daysLeft)
    #expect(certificate.expiryLevel(now: now) == expected.level)
  }

  @Test("every field of a failing certificate")
  func failingFields() throws {
    let certificate = try ModelFixtures.certificate("failing")
    #expect(certificate.name == "staging-tokenplace-relay-tls")
    #expect(certificate.secretName == "staging-tokenplace-relay-tls")
    #expect(certificate.namespace == "tokenplace")
    #expect(certificate.dnsNames == ["staging.token.place"])
    #expect(certificate.issuerName == "letsencrypt-production")
    #expect(certificate.issuerKind == "ClusterIssuer")
    #expect(certificate.failedIssuanceAttempts == 3)
    #expect(
      certificate.lastFailureTime.map(RFC3339.string(from:))
        == "2026-11-30T09:41:17Z")
    #expect(certificate.notAfter == nil)
    #expect(certificate.issuing?.message?.contains("rateLimited") == true)
  }

  @Test("validity dates of a ready certificate")
  func readyDates() throws {
    let certificate = try ModelFixtures.certificate("ready")
    #expect(
      certificate.notBefore.map(RFC3339.string(from:)) == "2026-11-20T13:04:50Z"
    )
    #expect(
      certificate.notAfter.map(RFC3339.string(from:)) == "2027-02-18T13:04:49Z")
    #expect(
      certificate.renewalTime.map(RFC3339.string(from:))
        == "2027-01-19T13:04:49Z")
    #expect(certificate.revision == 1)
  }

  @Test(
    "expiry levels at their boundaries, in days from now",
    arguments: [
      (20.0, ExpiryLevel.ok), (14, .ok), (13.99, .warning), (3, .warning),
      (2.99, .alarm), (0, .alarm), (-1, .alarm),
    ])
  func boundaries(days: Double, level: ExpiryLevel) {
    let now = ModelFixtures.now
    let certificate = Certificate(
      id: "c", name: "c", secretName: "c",
      notAfter: now.addingTimeInterval(days * 86_400))
    #expect(certificate.expiryLevel(now: now) == level)
  }

  @Test("a certificate without a secret name is refused")
  func missingSecretName() {
    let json = JSONValue.object([
      "metadata": .object(["name": .string("broken")]), "spec": .object([:]),
    ])
    #expect(
      throws: ModelError.missingField(
        kind: "Certificate", name: "broken", field: "spec.secretName")
    ) {
      try Certificate(json: json)
    }
  }
}
