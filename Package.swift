// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "TreatyDiff",
    products: [
        .library(name: "TreatyKit", targets: ["TreatyKit"]),
        .executable(name: "treatydiff", targets: ["treatydiff"]),
    ],
    targets: [
        .target(name: "TreatyKit"),
        .target(name: "TreatyCLI", dependencies: ["TreatyKit"]),
        .executableTarget(name: "treatydiff", dependencies: ["TreatyCLI"]),
        .executableTarget(name: "treatydiff-bench", dependencies: ["TreatyKit", "TreatyCLI"]),
        .testTarget(name: "TreatyKitTests", dependencies: ["TreatyKit"], exclude: ["Fixtures", "Golden"]),
        .testTarget(name: "TreatyCLITests", dependencies: ["TreatyCLI", "TreatyKit"]),
    ],
    swiftLanguageModes: [.v6]
)
