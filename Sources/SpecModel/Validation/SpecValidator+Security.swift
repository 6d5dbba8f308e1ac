extension SpecValidator {
    /// The security schemes, and the API's requirement.
    mutating func checkSecurity(of spec: APISpec) {
        var seenKeys: [String: SourceRef] = [:]
        for scheme in spec.securitySchemes {
            if !isIdentifier(scheme.name.value) || scheme.name.value == "none" {
                error(
                    "security scheme '\(scheme.name.value)' needs a name that is a Swift identifier other than 'none'",
                    at: scheme.name.source)
            }
            guard case .apiKey(let location, let name) = scheme.kind else { continue }
            if location == .header, !isHeaderName(name.value) {
                error("'\(name.value)' is not a valid HTTP header name", at: name.source)
            }
            // Two keys in one place under one name would overwrite each other.
            let key = location.rawValue + " " + (location == .header ? name.value.lowercased() : name.value)
            if let first = seenKeys[key] {
                error(
                    "security scheme '\(scheme.name.value)' sends its key as the \(location.rawValue) '\(name.value)', as another scheme does (at \(first.location))",
                    at: name.source)
            } else {
                seenKeys[key] = name.source
            }
        }
        if !spec.unreadable.contains("security") { checkRequirement(spec.security) }
    }

    /// A `security:` list: every scheme exists, and none is listed twice in one alternative.
    mutating func checkRequirement(_ requirement: SecurityRequirement) {
        for alternative in requirement.alternatives {
            var seen: Set<String> = []
            for scheme in alternative {
                if !schemeNames.contains(scheme.value) {
                    error(
                        "unknown security scheme '\(scheme.value)'" + Suggestions.hint(for: scheme.value, in: schemeNames + ["none"])
                            + (schemeNames == ["bearer"] ? "; declare it under 'securitySchemes', or write 'bearer' or 'none'" : ""),
                        at: scheme.source)
                } else if !seen.insert(scheme.value).inserted {
                    error("security scheme '\(scheme.value)' is listed twice in one alternative", at: scheme.source)
                }
            }
        }
    }
}
