import SpecModel
import Testing

/// Fields, endpoints and models keep their parts in a shared box (`CopyOnWriteBox`): a copy
/// must still behave as a value, unchanged by what is done to the original, and equal to it
/// exactly when their parts are equal.
@Suite struct ValueSemanticsTests {
    static let source = SourceRef(file: "test.yaml", location: .init(line: 3, column: 5))

    @Test func aChangedFieldLeavesItsCopiesAlone() {
        var field = FieldSpec(name: "email", nameSource: Self.source, type: .string(format: nil), typeSource: Self.source)
        let copy = field
        #expect(field == copy)
        field.required = true
        field.constraints.maxLength = Located(10, at: Self.source)
        field.description = "Where we write."
        #expect(copy.required == false)
        #expect(copy.constraints.isEmpty)
        #expect(copy.description == nil)
        #expect(field.required && field.constraints.maxLength?.value == 10 && field.description == "Where we write.")
        #expect(field != copy)
        // Equal parts make equal fields, in separate boxes too, with equal hashes.
        var rebuilt = copy
        rebuilt.required = true
        rebuilt.constraints.maxLength = Located(10, at: Self.source)
        rebuilt.description = "Where we write."
        #expect(rebuilt == field)
        #expect(rebuilt.hashValue == field.hashValue)
        #expect(Set([field, rebuilt, copy]).count == 2)
    }

    /// `hasConstraints` follows the constraints however they change: one at a time, all at
    /// once, or back to none; and a copy keeps its own.
    @Test func hasConstraintsFollowsTheConstraints() {
        var field = FieldSpec(name: "code", nameSource: Self.source, type: .string(format: nil), typeSource: Self.source)
        #expect(!field.hasConstraints)
        field.constraints.pattern = Located("^[a-z]+$", at: Self.source)
        #expect(field.hasConstraints)
        let copy = field
        field.constraints.pattern = nil
        #expect(!field.hasConstraints && copy.hasConstraints)
        var bounds = Constraints()
        bounds.minimum = Located(1, at: Self.source)
        field.constraints = bounds
        #expect(field.hasConstraints)
        field.constraints = Constraints()
        #expect(!field.hasConstraints)
        for set in [
            { (c: inout Constraints) in c.minLength = Located(1, at: Self.source) },
            { (c: inout Constraints) in c.maxLength = Located(1, at: Self.source) },
            { (c: inout Constraints) in c.maximum = Located(1, at: Self.source) },
            { (c: inout Constraints) in c.minItems = Located(1, at: Self.source) },
            { (c: inout Constraints) in c.maxItems = Located(1, at: Self.source) },
        ] {
            var one = copy
            one.constraints = Constraints()
            set(&one.constraints)
            #expect(one.hasConstraints == !one.constraints.isEmpty && one.hasConstraints)
        }
    }

    @Test func aChangedEndpointLeavesItsCopiesAlone() {
        var endpoint = EndpointSpec(
            operationId: "lockUser", source: Self.source, method: Located("POST", at: Self.source),
            path: Located("/users/{userId}/lock", at: Self.source))
        let copy = endpoint
        endpoint.pathParameters.append(
            FieldSpec(name: "userId", nameSource: Self.source, type: .string(format: nil), typeSource: Self.source))
        endpoint.summary = "Locks a user."
        endpoint.unreadable.insert("body")
        #expect(copy.pathParameters.isEmpty && copy.summary == nil && copy.unreadable.isEmpty)
        #expect(endpoint.pathParameters.map(\.name) == ["userId"])
        #expect(endpoint != copy)
        #expect(copy == EndpointSpec(
            operationId: "lockUser", source: Self.source, method: Located("POST", at: Self.source),
            path: Located("/users/{userId}/lock", at: Self.source)))
    }

    @Test func thePathsPartsFollowThePath() {
        var endpoint = EndpointSpec(
            operationId: "lockUser", source: Self.source, method: Located("POST", at: Self.source),
            path: Located("/users/{userId}/lock", at: Self.source))
        let copy = endpoint
        #expect(endpoint.pathParts == TemplatedText.parts("/users/{userId}/lock"))
        #expect(endpoint.pathPlaceholders.map(\.value) == ["userId"])
        endpoint.path = Located("/tenants/{tenantId}/users/{id}", at: Self.source)
        #expect(endpoint.pathParts == TemplatedText.parts("/tenants/{tenantId}/users/{id}"))
        #expect(endpoint.pathPlaceholders.map(\.value) == ["tenantId", "id"])
        endpoint.path.value = "/plain"
        #expect(endpoint.pathParts == [.literal("/plain")])
        #expect(copy.pathPlaceholders.map(\.value) == ["userId"])
    }

    @Test func aChangedModelLeavesItsCopiesAlone() {
        let property = FieldSpec(name: "id", nameSource: Self.source, type: .string(format: nil), typeSource: Self.source)
        var model = ModelSpec(name: "User", source: Self.source, shape: .object(properties: [property]))
        let copy = model
        model.shape = .object(properties: [])
        model.swiftName = Located("Member", at: Self.source)
        #expect(copy.properties == [property])
        #expect(copy.swiftName == nil)
        #expect(model.properties.isEmpty && model.swiftName?.value == "Member")
        #expect(model != copy)
    }
}
