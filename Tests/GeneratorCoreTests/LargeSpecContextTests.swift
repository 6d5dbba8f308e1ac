import SpecModel
import Testing
import TemplateEngine

@testable import GeneratorCore

/// From a thousand groups or models on, the context claims the group files' names and finds
/// the models that validate on threads of their own; below, on the caller's. Both must report
/// and decide the same.
@Suite struct LargeSpecContextTests {
    /// `count` groups and `count` models: `Model0` has a check of its own, `Model1` holds a
    /// `Model0` and so validates through it, the rest have neither. With `clash`, a group named
    /// `group-1` follows `Group 1` and so wants its file name.
    static func spec(count: Int, clash: Bool) -> [SpecFile] {
        var text = "api:\n  name: Large\ngroups:\n"
        for index in 0..<count {
            text += "  - Group \(index)\n"
            if clash && index == 1 { text += "  - group-1\n" }
        }
        text += "models:\n"
        text += "  Model0:\n    group: Group 0\n    properties:\n      code: { type: string, maxLength: 5 }\n"
        text += "  Model1:\n    group: Group 1\n    properties:\n      inner: Model0\n"
        for index in 2..<count {
            text += "  Model\(index):\n    group: Group \(index)\n    properties:\n      name: string\n"
        }
        return [SpecFile(path: "large.yaml", text: text)]
    }

    @Test(arguments: [10, 1_200])
    func groupFileNameClashIsReported(count: Int) {
        let result = GeneratorPipeline.context(Self.spec(count: count, clash: true))
        guard case .failure(let error) = result else {
            Issue.record("a spec whose group names clash built a context")
            return
        }
        #expect(error.diagnostics.map(\.description) == [
            "large.yaml:6:5: error: 'group-1' and 'Group 1' (at large.yaml:5:5) both become the Swift name "
                + "'Group1' in the generated file names"
        ])
    }

    @Test(arguments: [10, 1_200])
    func modelsValidateDirectlyOrThroughNesting(count: Int) throws {
        let context = try GeneratorPipeline.context(Self.spec(count: count, clash: false)).get()
        guard case .array(let files)? = context.templateValue["modelFiles"] else {
            Issue.record("no model files in the context")
            return
        }
        var validates: [String: Bool] = [:]
        for file in files {
            guard case .array(let models)? = file.value(at: "models") else { continue }
            for model in models {
                guard case .string(let name)? = model.value(at: "name"), case .bool(let flag)? = model.value(at: "validates")
                else { continue }
                validates[name] = flag
            }
        }
        #expect(validates.count == count)
        #expect(validates["Model0"] == true)
        #expect(validates["Model1"] == true)
        #expect(validates.filter(\.value).count == 2)
    }
}
