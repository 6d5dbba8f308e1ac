import Testing

@testable import SpecModel

/// The keys a field or an endpoint may have are told apart by a `switch` of their own: each
/// key's name must give back that key, and no other text any key.
@Suite struct KeyNamesTests {
    @Test func everyFieldKeyIsFoundByItsName() {
        for key in FieldKey.allCases { #expect(FieldKey(key.rawValue) == key) }
        for other in ["", "Type", "max_length", "format", "items"] { #expect(FieldKey(other) == nil) }
    }

    @Test func everyEndpointKeyIsFoundByItsName() {
        for key in EndpointKey.allCases { #expect(EndpointKey(key.rawValue) == key) }
        for other in ["", "Method", "parameters", "tags"] { #expect(EndpointKey(other) == nil) }
    }
}
