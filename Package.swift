// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Samen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "samen", targets: ["samen"]),
        .library(name: "SamenCore", targets: ["SamenCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Ed25519 and SHA-512 to check history signatures in process: `ssh-keygen -Y verify`
        // costs 6 ms a line as a process, a minute for 10,000 changes (docs/DESIGN-verify.md).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // The only C in the project: ncursesw behind a shim that turns macros and
        // mutable globals into functions Swift 6 can call.
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The domain: model, rules and persistence. Foundation only, never a UI.
        .target(name: "SamenCore", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // The terminal UI: backend, widgets, panes, app loop. No domain rules.
        .target(name: "SamenTUI", dependencies: ["SamenCore", "CNcurses"]),
        // The command line: parses arguments and hands over to Core or TUI.
        .executableTarget(
            name: "samen",
            dependencies: [
                "SamenCore", "SamenTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Timed runs at scale; run with `swift run -c release samen-bench`.
        .executableTarget(name: "samen-bench", dependencies: ["SamenCore", "SamenTUI"]),
        .testTarget(name: "SamenCoreTests", dependencies: ["SamenCore", .product(name: "Crypto", package: "swift-crypto")]),
        .testTarget(name: "SamenTUITests", dependencies: ["SamenTUI", "SamenCore"], exclude: ["__Snapshots__"]),
        // Drives the built `samen` binary; depending on it makes `swift test` build it.
        .testTarget(name: "EndToEndTests", dependencies: ["samen", "SamenCore"]),
    ],
    swiftLanguageModes: [.v6]
)
