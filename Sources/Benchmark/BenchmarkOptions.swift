/// What the command line asked for.
struct BenchmarkOptions: Sendable {
    /// The phase benchmark's sizes: the real specs, then 10, 100 and 1000 times their size.
    static let defaultSizes = [1, 10, 100, 1000]
    /// Compiling the 1000x client takes too long to be a default.
    static let defaultCompileSizes = [1, 10, 100]

    /// Multiples of the real specs' size, in increasing order: peak memory is process-wide and
    /// only ever grows, so each size's figure is only meaningful after the smaller ones.
    var sizes: [Int] = []
    /// The package root; found from the current directory when not given.
    var root: String?
    /// Time compiling the generated client instead of the generator's phases.
    var compile = false
    /// The compiler for `--compile`; `swiftc` from `PATH` when not given.
    var swiftc: String?
    /// Write each size's synthetic specs into `DIR/<N>x/` and stop, to read them or to profile
    /// `apigen generate --specs DIR/<N>x` itself.
    var writeSpecs: String?
    var showHelp = false

    struct UsageError: Error, CustomStringConvertible {
        var description: String
    }

    static let usage = """
        usage: apigen-benchmark [--sizes 1,10,100,1000] [--root DIR]
               apigen-benchmark --compile [--sizes 1,10,100] [--root DIR] [--swiftc PATH]
               apigen-benchmark --write-specs DIR [--sizes 1,10,100,1000] [--root DIR]

        Times apigen on synthetic specs 1x, 10x, 100x and 1000x the size of the Frontegg specs
        in Specs/: their models and endpoints copied N times under new names, with the api,
        servers and security sections once. For each size it prints the time of every phase
        (parse, validate, context, render, write), a no-change regeneration and peak memory.

        options:
          --sizes LIST   comma-separated multiples of the real specs' size
                         (default 1,10,100,1000; with --compile 1,10,100)
          --root DIR     the apigen package root holding Specs/ and Templates/
                         (default: found from the current directory upwards)
          --compile      time a clean build of the generated client with swiftc instead
          --swiftc PATH  the compiler for --compile (default: swiftc from PATH)
          --write-specs DIR
                         only write each size's synthetic specs into DIR/<N>x/, to read
                         them or to run apigen on them (apigen generate --specs DIR/10x)
          -h, --help     print this help

        Build it in release mode, or the numbers mean little:
          swift build -c release --product apigen-benchmark --scratch-path .build-bench
          .build-bench/release/apigen-benchmark
        """

    static func parse(_ arguments: [String]) throws(UsageError) -> BenchmarkOptions {
        var options = BenchmarkOptions()
        var explicitSizes: [Int]?
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            // Both `--sizes 1,10` and `--sizes=1,10`.
            var name = argument
            var inlineValue: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            func value() throws(UsageError) -> String {
                if let inlineValue { return inlineValue }
                guard let next = remaining.popFirst(), !next.hasPrefix("--") else {
                    throw UsageError(description: "error: \(name) needs a value")
                }
                return next
            }
            switch name {
            case "-h", "--help": options.showHelp = true
            case "--compile": options.compile = true
            case "--root": options.root = try value()
            case "--swiftc": options.swiftc = try value()
            case "--write-specs": options.writeSpecs = try value()
            case "--sizes": explicitSizes = try sizes(try value())
            default: throw UsageError(description: "error: unknown argument '\(argument)'")
            }
        }
        let sizes = explicitSizes ?? (options.compile ? defaultCompileSizes : defaultSizes)
        options.sizes = Array(Set(sizes)).sorted()
        return options
    }

    static func sizes(_ text: String) throws(UsageError) -> [Int] {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        var sizes: [Int] = []
        for part in parts {
            let trimmed = part.trimmingWhitespace()
            // 100000x would be millions of endpoints: far past anything useful.
            guard let size = Int(trimmed), (1...100_000).contains(size) else {
                throw UsageError(description: "error: '\(part)' in --sizes is not a whole number from 1 to 100000")
            }
            sizes.append(size)
        }
        return sizes
    }
}

extension Substring {
    func trimmingWhitespace() -> Substring {
        var text = self
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
