import Foundation

/// Finds the package's built executables from inside a running test.
public enum BuiltProducts {
  /// The folder of the running test binary, where SwiftPM also puts the
  /// package's executables.
  public static var directory: URL {
    let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var folder = exe.deletingLastPathComponent()
    while folder.path != "/" && folder.pathExtension == "xctest"
      || folder.lastPathComponent == "MacOS" || folder.lastPathComponent == "Contents"
    {
      folder = folder.deletingLastPathComponent()
    }
    return folder
  }

  /// The path of a built executable, e.g. `tokenplace-dash`.
  public static func path(_ name: String) throws -> String {
    let candidates = [directory, packageRoot.appendingPathComponent(".build/debug")]
    for folder in candidates {
      let path = folder.appendingPathComponent(name).path
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    throw HarnessError.missingProduct(name)
  }

  /// The package's root folder, found from this source file's path.
  public static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }
}
