import Foundation
import SpecModel

extension CommandLineInterface {
    /// `apigen openapi`: the specs as an OpenAPI 3.1.0 document, printed or written to `--output`.
    ///
    /// Exit codes as for `context`: 0 written, 1 errors in the specs (or the file could not be
    /// written), 2 an unknown format.
    static func openAPI(_ options: Options) -> Outcome {
        let emit: (DocumentValue) -> String
        switch options.format {
        case "json": emit = JSONEmitter.emit
        case "yaml": emit = YAMLEmitter.emit
        default: return usageError("unknown format '\(options.format)' for '--format'; expected json or yaml")
        }
        let specs: [SpecFile]
        do {
            specs = try InputReader.specFiles(in: options.specs)
        } catch {
            return Outcome(exitCode: 1, standardOutput: "", standardError: error.description + "\n")
        }
        let document: DocumentValue
        switch GeneratorPipeline.loadSpec(specs).flatMap(OpenAPIExporter.export) {
        case .success(let exported): document = exported
        case .failure(let error):
            return failure(error, sources: Dictionary(specs.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first }))
        }
        let text = emit(document)
        guard let file = options.outputFile else {
            return Outcome(exitCode: 0, standardOutput: text, standardError: "")
        }
        // Like `generate`, leave a file whose content did not change untouched, so that its
        // modification time means something to build tools.
        if FileManager.default.contents(atPath: file) == Data(text.utf8) {
            return Outcome(exitCode: 0, standardOutput: "\(file) is up to date.\n", standardError: "")
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? error.localizedDescription
            return Outcome(exitCode: 1, standardOutput: "", standardError: "error: cannot write '\(file)': \(reason)\n")
        }
        return Outcome(
            exitCode: 0, standardOutput: "Wrote the OpenAPI \(OpenAPIExporter.openAPIVersion) document to \(file).\n", standardError: "")
    }
}
