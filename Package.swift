// swift-tools-version:6.0
import PackageDescription

/// One set of compiler settings for every Swift target (Swift 6 language mode is the default
/// for tools-version 6; strict concurrency comes with it).
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .unsafeFlags(["-Xfrontend", "-warn-long-function-bodies=400"], .when(configuration: .debug)),
]

let package = Package(
    name: "Corroborate",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "corroborate", targets: ["corroborate"]),
        .library(name: "Corroborate", targets: ["Corroborate"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Crawler: HTTP/1.1 + HTTP/2 client with streaming bodies and TLS.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        // Already a dependency of async-http-client; named so CrawlerTests can run a real HTTP server.
        .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
    ],
    targets: [
        // C libraries: module maps and shim headers only.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // bytes → immutable Swift tree; the only module that sees libxml2.
        .target(name: "HTMLTree", dependencies: ["CLibXML2"], swiftSettings: swiftSettings),
        // Plain value types that flow between stages.
        .target(name: "CorroborateModel", swiftSettings: swiftSettings),
        // Text: normalisation (Arabic/English), numbers, tokens, entity aliases.
        .target(name: "Linguistics", swiftSettings: swiftSettings),
        // gzip streams and WARC records.
        .target(name: "Archives", dependencies: ["CZlib"], swiftSettings: swiftSettings),
        // Where pages come from, encoding decisions, tree → Article.
        .target(name: "Ingest",
                dependencies: ["HTMLTree", "CorroborateModel", "Linguistics", "Archives"],
                swiftSettings: swiftSettings),
        // Polite HTTP fetching into WARC.
        .target(name: "Crawler",
                dependencies: ["Archives", "CorroborateModel",
                               .product(name: "AsyncHTTPClient", package: "async-http-client")],
                swiftSettings: swiftSettings),
        // Article → claims.
        .target(name: "ClaimExtraction", dependencies: ["CorroborateModel", "Linguistics"],
                swiftSettings: swiftSettings),
        // Claims across outlets → clusters, independence, findings.
        .target(name: "ClaimMatching", dependencies: ["CorroborateModel", "Linguistics"],
                swiftSettings: swiftSettings),
        // Markdown, HTML, JSON renderers.
        .target(name: "Reporting", dependencies: ["CorroborateModel", "ClaimMatching"], swiftSettings: swiftSettings),
        // Library facade: runs the pipeline; what the CLI and the tests call.
        .target(name: "Corroborate",
                dependencies: ["Ingest", "ClaimExtraction", "ClaimMatching", "Reporting", "Crawler",
                               "CorroborateModel", "Linguistics", "Archives"],
                swiftSettings: swiftSettings),
        // Thin command-line layer.
        .executableTarget(name: "corroborate",
                          dependencies: ["Corroborate",
                                         .product(name: "ArgumentParser", package: "swift-argument-parser")],
                          swiftSettings: swiftSettings),

        // Test helpers: locating ../shared and Corpora, golden files.
        .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: swiftSettings),
        .testTarget(name: "HTMLTreeTests", dependencies: ["TestSupport", "HTMLTree", "Archives"], swiftSettings: swiftSettings),
        .testTarget(name: "IngestTests", dependencies: ["TestSupport", "Ingest", "Archives"], exclude: ["Fixtures"],
                    swiftSettings: swiftSettings),
        .testTarget(name: "LinguisticsTests", dependencies: ["TestSupport", "Linguistics"], swiftSettings: swiftSettings),
        .testTarget(name: "ClaimExtractionTests", dependencies: ["TestSupport", "ClaimExtraction", "Ingest"],
                    swiftSettings: swiftSettings),
        .testTarget(name: "ClaimMatchingTests", dependencies: ["TestSupport", "ClaimMatching", "ClaimExtraction", "Ingest"],
                    swiftSettings: swiftSettings),
        .testTarget(name: "ReportingTests", dependencies: ["TestSupport", "Reporting", "Corroborate"],
                    swiftSettings: swiftSettings),
        .testTarget(name: "CrawlerTests", dependencies: ["TestSupport", "Crawler", "Archives", "Corroborate", "Ingest",
                                                      .product(name: "NIOCore", package: "swift-nio"),
                                                      .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                                                      .product(name: "NIOPosix", package: "swift-nio"),
                                                      .product(name: "NIOHTTP1", package: "swift-nio")],
                    swiftSettings: swiftSettings),
        .testTarget(name: "CorroborateTests", dependencies: ["TestSupport", "Corroborate"], swiftSettings: swiftSettings),
    ]
)
