import SpecModel
import Testing

/// The spec types are plain values: equal exactly when their parts are, a derived property
/// follows the parts it is derived from, and the `with` helpers change one facet of a copy.
@Suite struct ValueSemanticsTests {
    static let source = SourceRef(file: "test.yaml", location: .init(line: 3, column: 5))

    static func field(_ name: String, constraints: Constraints = Constraints()) -> FieldSpec {
        FieldSpec(
            name: name, nameSource: source, type: .string(format: nil), typeSource: source, constraints: constraints)
    }

    @Test func fieldsAreEqualExactlyWhenTheirFacetsAre() {
        let plain = Self.field("email")
        let bounded = Self.field("email", constraints: Constraints(maxLength: Located(10, at: Self.source)))
        let boundedAgain = Self.field("email", constraints: Constraints(maxLength: Located(10, at: Self.source)))
        #expect(plain != bounded)
        #expect(bounded == boundedAgain)
        #expect(bounded.hashValue == boundedAgain.hashValue)
        #expect(Set([plain, bounded, boundedAgain]).count == 2)
    }

    @Test func theWithHelpersChangeOneFacetOfACopy() {
        let original = Self.field("email", constraints: Constraints(pattern: Located("^.+@.+$", at: Self.source)))
        let required = original.with(required: true)
        #expect(required.required && !original.required)
        #expect(required.with(required: false) == original)
        let nullable = original.with(nullable: true)
        #expect(nullable.nullable && !original.nullable)
        #expect(nullable.with(nullable: false) == original)
        #expect(required.constraints == original.constraints && required.name == original.name)
    }

    /// `hasConstraints` is `!constraints.isEmpty`, whichever constraint is set.
    @Test func hasConstraintsFollowsTheConstraints() {
        #expect(!Self.field("code").hasConstraints)
        let located = Located(1, at: Self.source)
        let sets = [
            Constraints(minLength: located), Constraints(maxLength: located),
            Constraints(pattern: Located("^[a-z]+$", at: Self.source)), Constraints(minimum: Located(1, at: Self.source)),
            Constraints(maximum: Located(1, at: Self.source)), Constraints(minItems: located),
            Constraints(maxItems: located),
        ]
        for constraints in sets {
            #expect(Self.field("code", constraints: constraints).hasConstraints)
        }
    }

    @Test func endpointsAreEqualExactlyWhenTheirPartsAre() {
        func lockUser(summary: String? = nil) -> EndpointSpec {
            EndpointSpec(
                operationId: "lockUser", source: Self.source, summary: summary, method: Located("POST", at: Self.source),
                path: Located("/users/{userId}/lock", at: Self.source))
        }
        #expect(lockUser() == lockUser())
        #expect(lockUser(summary: "Locks a user.") != lockUser())
    }

    @Test func thePathsPartsComeFromThePath() {
        func endpoint(path: String) -> EndpointSpec {
            EndpointSpec(
                operationId: "lockUser", source: Self.source, method: Located("POST", at: Self.source),
                path: Located(path, at: Self.source))
        }
        let lock = endpoint(path: "/users/{userId}/lock")
        #expect(lock.pathParts == TemplatedText.parts("/users/{userId}/lock"))
        #expect(lock.pathPlaceholders.map(\.value) == ["userId"])
        let nested = endpoint(path: "/tenants/{tenantId}/users/{id}")
        #expect(nested.pathPlaceholders.map(\.value) == ["tenantId", "id"])
        #expect(endpoint(path: "/plain").pathParts == [.literal("/plain")])
    }

    @Test func aModelsPropertiesComeFromItsShape() {
        let property = Self.field("id")
        let object = ModelSpec(name: "User", source: Self.source, shape: .object(properties: [property]))
        #expect(object.properties == [property])
        let enumeration = ModelSpec(
            name: "Role", source: Self.source,
            shape: .enumeration(.string(format: nil), values: [Located(.string("admin"), at: Self.source)]))
        #expect(enumeration.properties.isEmpty)
        #expect(object != ModelSpec(name: "User", source: Self.source, shape: .object(properties: [])))
    }
}
