import ConcurrentMap
import SpecModel

extension ContextBuilderState {
    /// The model files: one per model, named after its Swift type (`Models/User.swift`), except
    /// that the models whose `group:` names a group share that group's file
    /// (`Models/UsersModels.swift`). A model's file depends only on the model itself, so adding,
    /// removing or changing one model never moves another to a different file.
    ///
    /// Names that differ only in case are numbered (`UserAbc2`), since many file systems
    /// take them for the same file.
    mutating func modelFileContexts() -> [ModelFileContext] {
        let indices = spec.models.indices.filter { !isEmptyRequestBody(spec.models[$0]) }
        // A model's context depends only on the names given out by now, so the models are built on
        // every core; each comes back with the diagnostics it found, reported below in order.
        let builder = self
        let built = indices.concurrentMap { index in builder.modelContextWithDiagnostics(builder.spec.models[index]) }
        var takenNames: Set<String> = []
        var groupFiles: [String: String] = [:]
        for index in indices {
            guard let group = spec.models[index].group?.value, groupFiles[group] == nil else { continue }
            groupFiles[group] = Self.claimFileName(SwiftNaming.upperCamelCase(group) + "Models", taken: &takenNames)
        }
        var files: [(name: String, models: [ModelContext])] = []
        var fileOfGroup: [String: Int] = [:]
        for (index, model) in zip(indices, built) {
            diagnostics.append(contentsOf: model.diagnostics)
            guard let group = spec.models[index].group?.value, let fileName = groupFiles[group] else {
                files.append((Self.claimFileName(model.context.swiftName, taken: &takenNames), [model.context]))
                continue
            }
            if let position = fileOfGroup[group] {
                files[position].models.append(model.context)
            } else {
                fileOfGroup[group] = files.count
                files.append((fileName, [model.context]))
            }
        }
        return files.map { ModelFileContext(name: $0.name, models: $0.models) }
    }

    /// `base`, or `base` numbered from 2 when a file of that name, in any case, is taken already.
    static func claimFileName(_ base: String, taken: inout Set<String>) -> String {
        var candidate = base
        var number = 2
        while !taken.insert(candidate.lowercased()).inserted {
            candidate = base + String(number)
            number += 1
        }
        return candidate
    }
}
