import DashModel
import Testing

@Suite("Image reference")
struct ImageReferenceTests {
  @Test(
    "the tag shown for a reference",
    arguments: [
      ("ghcr.io/democratizedspace/tokenplace-relay:sha-00797df", "sha-00797df"),
      ("ghcr.io/democratizedspace/tokenplace-relay:main", "main"),
      ("localhost:5000/relay", "latest"),
      ("localhost:5000/relay:v2", "v2"),
      ("busybox", "latest"),
      ("relay@sha256:0123456789abcdef0123", "sha256:0123456789ab"),
      ("relay:main@sha256:0123456789abcdef0123", "main"),
    ])
  func displayTag(reference: String, expected: String) {
    #expect(ImageReference(reference).displayTag == expected)
  }

  @Test("a registry port is not taken for a tag")
  func registryPort() {
    let image = ImageReference("localhost:5000/relay")
    #expect(image.repository == "localhost:5000/relay")
    #expect(image.tag == nil)
  }
}
