import SpecModel

/// Loads and validates spec texts given as (file name, text) pairs; returns the diagnostics.
func diagnostics(_ files: [(String, String)]) -> [String] {
    let specFiles = files.map { SpecFile(path: $0.0, text: $0.1) }
    switch SpecLoader.load(specFiles) {
    case .failure(let error): return error.diagnostics.map(\.description)
    case .success(let spec): return validateSpec(spec).map(\.description)
    }
}

/// One spec file whose `api` section is already there.
func diagnostics(_ body: String) -> [String] {
    diagnostics([("s.yaml", "api: { name: Test }\n" + body)])
}

func load(_ text: String) throws -> APISpec {
    try SpecLoader.load([SpecFile(path: "s.yaml", text: text)]).get()
}
