// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "tokenplace-dash",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "tokenplace-dash", targets: ["tokenplace-dash"]),
    .executable(name: "tokenplace-sim", targets: ["tokenplace-sim"]),
  ],
  targets: [
    // C shims: the only places that see ncurses and zlib headers.
    .target(
      name: "CNCurses",
      cSettings: [.define("_XOPEN_SOURCE_EXTENDED"), .define("NCURSES_WIDECHAR", to: "1")],
      linkerSettings: [.linkedLibrary("ncursesw")]
    ),
    .systemLibrary(name: "CZlib", path: "Sources/CZlib"),

    // The dashboard, one target per layer.
    .target(name: "DashModel"),
    .target(name: "DashSources", dependencies: ["DashModel"]),
    .target(name: "DashCore", dependencies: ["DashModel"]),
    .target(name: "DashViews", dependencies: ["DashModel", "DashCore"]),
    .target(name: "DashTerminal", dependencies: ["CNCurses", "DashCore", "DashViews"]),
    .target(
      name: "DashApp",
      dependencies: [
        "DashModel", "DashCore", "DashSources", "DashViews", "DashTerminal", "SimCluster",
      ]
    ),
    .executableTarget(name: "tokenplace-dash", dependencies: ["DashApp"]),

    // The simulated cluster and its helm stand-in.
    .target(name: "SimCluster", dependencies: ["CZlib"]),
    .executableTarget(name: "tokenplace-sim", dependencies: ["SimCluster"]),

    // Tests mirror the sources; TestSupport holds shared fakes and fixtures.
    .target(
      name: "TestSupport",
      dependencies: ["DashModel", "DashCore", "DashSources", "DashViews", "SimCluster"],
      path: "Tests/TestSupport",
      resources: [.copy("Fixtures")]
    ),
    .testTarget(name: "DashModelTests", dependencies: ["DashModel", "TestSupport"]),
    .testTarget(name: "DashSourcesTests", dependencies: ["DashSources", "TestSupport"]),
    .testTarget(name: "DashCoreTests", dependencies: ["DashCore", "TestSupport"]),
    .testTarget(
      name: "DashViewsTests", dependencies: ["DashViews", "TestSupport"], exclude: ["Snapshots"]),
    .testTarget(name: "DashTerminalTests", dependencies: ["DashTerminal", "TestSupport"]),
    .testTarget(name: "DashAppTests", dependencies: ["DashApp", "TestSupport"]),
    .testTarget(name: "SimClusterTests", dependencies: ["SimCluster", "TestSupport"]),
    .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
