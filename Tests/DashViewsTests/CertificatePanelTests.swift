import DashCore
import DashModel
import DashViews
import Foundation
import TestSupport
import Testing

@Suite("Certificate panel")
struct CertificatePanelTests {
  /// Hours left before expiry and what the panel says about it.
  static let cases: [(hours: Int, shown: String)] = [
    (47, "(47h left)"), (49, "(2d1h left)"), (71, "(2d23h left)"), (72, "(3d left)"),
    (24 * 59 + 5, "(59d left)"),
  ]

  @Test("under three days left the panel words it as the verdict does", arguments: cases)
  func expiryWording(hours: Int, shown: String) throws {
    var certificate = States.Certificates.valid
    certificate.notAfter = States.now.addingTimeInterval(Double(hours) * 3_600)
    let state = AppState(
      snapshot: States.snapshot(certificates: .fresh([certificate])), target: States.target)
    let grid = DashboardView.render(
      state, now: States.now, width: 120, height: 40, glyphs: .unicode)
    let text = grid.lines.joined(separator: "\n")
    #expect(text.contains("expires 2") && text.contains(shown))
    if hours < 72 {
      let left = shown.dropFirst().dropLast(" left)".count)
      #expect(text.contains("certificate expires in \(left)"))
    }
  }
}
