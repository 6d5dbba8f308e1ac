import SpecModel

/// Where a copy number goes in each model name of the real specs.
///
/// A declared model `Foo` becomes `Foo2`. A model named after an endpoint's inline body or
/// response (`InviteUserRequest`) follows its endpoint's new name (`inviteUser2` makes
/// `InviteUser2Request`), so a reference to it must put the number after the endpoint's part.
struct ModelNameStems: Sendable {
    /// Model name → how many characters of it come before the copy number.
    private var stems: [String: Int] = [:]

    init(_ models: [ModelSpec]) {
        for model in models {
            var stem = model.name.count
            switch model.origin {
            case .declared:
                break
            case .requestBody(let operationId), .responseBody(let operationId, _):
                // The loader names them upper-first operation id + `Request`/`Response`[status].
                let prefix = (operationId.first.map { $0.uppercased() } ?? "") + operationId.dropFirst()
                if model.name.hasPrefix(prefix) { stem = prefix.count }
            }
            stems[model.name] = stem
        }
    }

    func renamed(_ name: String, suffix: String) -> String? {
        guard let stem = stems[name] else { return nil }
        let split = name.index(name.startIndex, offsetBy: stem)
        return name[..<split] + suffix + name[split...]
    }
}

/// The names of one copy of the real specs. Copy 1 keeps the real names, so the 1x spec is
/// exactly the real one; copy k ≥ 2 renames model `Foo` → `Fook`, operation `bar` → `bark`,
/// path `/x` → `/copyk/x` and group `G` → `G k`.
struct CopyNaming: Sendable {
    let copy: Int
    let models: ModelNameStems

    private var suffix: String { String(copy) }

    func rewrite(_ site: RewriteSite) -> String {
        guard copy > 1 else { return site.text }
        switch site.kind {
        case .modelName: return site.text + suffix
        case .operationId: return site.text + suffix
        case .group: return "\(site.text) \(copy)"
        case .path: return site.text.hasPrefix("/") ? "/copy\(copy)" + site.text : "copy\(copy)/" + site.text
        case .typeExpression: return type(site.text)
        }
    }

    /// Renames the models a type expression names: `array(RoleResponse)` → `array(RoleResponse2)`.
    /// A primitive's argument is a format (`string(date-time)`), never a model.
    private func type(_ text: String) -> String {
        let trimmed = Substring(text).trimmingWhitespace()
        if let open = trimmed.firstIndex(of: "("), trimmed.hasSuffix(")") {
            guard trimmed[..<open].trimmingWhitespace() == "array" else { return text }
            let element = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
            return "array(" + type(String(element)) + ")"
        }
        return models.renamed(String(trimmed), suffix: suffix) ?? text
    }
}
