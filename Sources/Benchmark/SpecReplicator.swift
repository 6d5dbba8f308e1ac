import GeneratorCore
import SpecModel

/// Builds synthetic specs N times the size of the real ones, in memory.
///
/// Every file's models and endpoints are copied N times under new names (see `CopyNaming`),
/// references rewritten to match; the group list holds every copy's groups, copy by copy in
/// the docs' order; `api`, `servers` and `security` appear once. Copy 1 is the real text, so
/// the 1x spec is exactly the Frontegg spec.
struct SpecReplicator: Sendable {
    struct Counts: Sendable, Equatable, CustomStringConvertible {
        var endpoints: Int
        /// Declared models and the ones named after inline bodies and responses.
        var models: Int
        var groups: Int

        init(_ spec: APISpec) {
            endpoints = spec.endpoints.count
            models = spec.models.count
            groups = spec.groups.count
        }

        func times(_ factor: Int) -> Counts {
            var counts = self
            counts.endpoints *= factor
            counts.models *= factor
            counts.groups *= factor
            return counts
        }

        var description: String { "\(endpoints) endpoints, \(models) models, \(groups) groups" }
    }

    let layouts: [SpecFileLayout]
    let models: ModelNameStems
    /// What the real specs hold; copy N holds N times as much.
    let real: Counts
    let apiName: String

    init(realFiles: [SpecFile]) throws(BenchmarkFailure) {
        let spec: APISpec
        switch GeneratorPipeline.loadSpec(realFiles) {
        case .success(let loaded): spec = loaded
        case .failure(let error):
            throw BenchmarkFailure("error: the real specs have errors; fix them first (swift run apigen check):\n\(error)")
        }
        real = Counts(spec)
        apiName = spec.info.name.value
        models = ModelNameStems(spec.models)
        var layouts: [SpecFileLayout] = []
        for file in realFiles { layouts.append(try SpecFileLayout(file: file)) }
        self.layouts = layouts
    }

    func specs(times factor: Int) -> [SpecFile] {
        var files: [SpecFile] = []
        let width = String(factor).count
        for layout in layouts {
            files.append(SpecFile(path: layout.file.path, text: layout.firstCopy(copies: factor, models: models)))
            guard factor > 1, layout.hasCopiedSections else { continue }
            let folder = layout.file.path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
            for copy in 2...factor {
                // Beside the real files, as apigen reads only a folder's own *.yaml files (for
                // --write-specs); zero-padded so name order (the loader's merge order) is copy order.
                let number = String(repeating: "0", count: width - String(copy).count) + String(copy)
                let path = (folder.isEmpty ? "" : folder + "/") + "copy\(number)-" + layout.name
                files.append(SpecFile(path: path, text: layout.copy(CopyNaming(copy: copy, models: models))))
            }
        }
        return files
    }
}
