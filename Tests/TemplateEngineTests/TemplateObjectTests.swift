import TemplateEngine
import Testing

/// A shaped object with `values` for the keys of `shape`, in the shape's order.
func shapedObject(_ shape: TemplateShape, _ values: [TemplateValue]) -> TemplateValue {
    var builder = TemplateShape.Builder(shape)
    for (key, value) in zip(shape.keys, values) { builder.add(key, value) }
    return builder.value
}

/// A shaped object with these members, of a new shape whose keys are in the order written.
func shapedObject(_ members: KeyValuePairs<String, TemplateValue>) -> TemplateValue {
    shapedObject(TemplateShape(members.map(\.key)), members.map(\.value))
}

/// Objects stored as a shape and values must read, compare, hash and print exactly as the same
/// members in a dictionary do: templates and `apigen context` output cannot tell the two apart.
@Suite struct TemplateObjectTests {
    @Test func shapedObjectEqualsTheDictionaryObjectWithTheSameMembers() {
        let shaped = shapedObject(["name": "User", "count": 3, "tags": ["a", nil], "owner": ["id": 1]])
        let dictionary: TemplateValue = ["tags": ["a", nil], "owner": ["id": 1], "count": 3, "name": "User"]
        #expect(shaped == dictionary)
        #expect(dictionary == shaped)
        #expect(shaped.hashValue == dictionary.hashValue)
        #expect(Set([shaped, dictionary]).count == 1)
        // Equality looks at the members: a different value, a key more or a key less is another object.
        #expect(shaped != ["tags": ["a", nil], "owner": ["id": 1], "count": 4, "name": "User"])
        #expect(shaped != ["tags": ["a", nil], "owner": ["id": 1], "count": 3, "name": "User", "extra": nil])
        #expect(shaped != ["owner": ["id": 1], "count": 3, "name": "User"])
    }

    @Test func objectsOfDifferentShapesWithTheSameMembersAreEqual() {
        let forward = TemplateShape(["a", "b"])
        let backward = TemplateShape(["b", "a"])
        // A second shape with the same keys in the same order is still another shape object.
        let forwardAgain = TemplateShape(["a", "b"])
        let first = shapedObject(forward, [1, "x"])
        let others = [shapedObject(backward, ["x", 1]), shapedObject(forwardAgain, [1, "x"])]
        for other in others {
            #expect(first == other)
            #expect(first.hashValue == other.hashValue)
        }
        #expect(Set([first] + others).count == 1)
        // The same shape with another value, and other shapes with other values, differ.
        #expect(first != shapedObject(forward, [1, "y"]))
        #expect(first != shapedObject(backward, ["x", 2]))
        #expect(first != shapedObject(TemplateShape(["a", "c"]), [1, "x"]))
    }

    @Test func everyKeyOfAHundredIsFoundAndNoOther() throws {
        // A hundred keys: the shape's table holds each at its key's number, and no other.
        let keys = (0..<100).map { "k\($0)" }
        let value = shapedObject(TemplateShape(keys), keys.indices.map { .int($0) })
        for (index, key) in keys.enumerated() { #expect(value[key] == .int(index), "\(key)") }
        for missing in (100..<1000).map({ "k\($0)" }) + ["", "k", "K0", "k00", "k0 ", " k0"] {
            #expect(value[missing] == nil, "\(missing)")
        }
        let object = try #require(value.objectValue)
        #expect(object.count == 100)
        #expect(object.members == Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, .int($0)) }))
    }

    @Test func keysNumberedBeforeOrAfterTheShapeAreFoundOrNot() {
        // Names numbered before the shape exists (by another shape, in another order), the
        // shape's own, and names numbered only after it: looking those up must read past the
        // end of the shape's table without finding anything.
        let earlier = shapedObject(TemplateShape(["late-b", "late-a", "other"]), [1, 2, 3])
        let value = shapedObject(TemplateShape(["late-a", "late-b"]), ["a", "b"])
        #expect(value["late-a"] == "a" && value["late-b"] == "b")
        #expect(earlier["late-a"] == 2 && earlier["late-b"] == 1 && earlier["other"] == 3)
        #expect(value["other"] == nil)
        for name in (0..<200).map({ "numbered-after-\($0)" }) { #expect(value[name] == nil, "\(name)") }
        // A shape made after those names finds its own among them.
        let later = shapedObject(TemplateShape(["numbered-after-150", "late-a"]), [true, false])
        #expect(later["numbered-after-150"] == true && later["late-a"] == false && later["late-b"] == nil)
    }

    /// A member name numbered once finds what the same name finds, in shaped and dictionary
    /// objects alike, and nothing in a value that is not an object.
    @Test func memberNamesFindWhatNamesFind() {
        let keys = (0..<40).map { "m\($0)" }
        let shaped = shapedObject(TemplateShape(keys), keys.indices.map { .int($0) })
        let dictionary = TemplateValue.object(TemplateObject(Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, .int($0)) })))
        for name in keys + ["m40", "", "M0", "numbered-only-here"] {
            let member = TemplateMemberName(name)
            #expect(shaped[member: member] == shaped[name], "\(name)")
            #expect(dictionary[member: member] == dictionary[name], "\(name)")
        }
        #expect(shaped[member: TemplateMemberName("m7")] == .int(7))
        #expect(TemplateValue.string("m7")[member: TemplateMemberName("m7")] == nil)
        #expect(TemplateValue.array([shaped])[member: TemplateMemberName("m7")] == nil)
    }

    @Test func countKeysAndMembers() throws {
        let object = try #require(shapedObject(["zeta": 1, "alpha": nil, "mid": "m"]).objectValue)
        #expect(object.count == 3)
        #expect(!object.isEmpty)
        #expect(object.keys.sorted() == ["alpha", "mid", "zeta"])
        #expect(object.members == ["zeta": 1, "alpha": .null, "mid": "m"])
    }

    @Test func replacingAValueKeepsEveryOtherMember() throws {
        let original = try #require(shapedObject(["zeta": 1, "alpha": "a", "mid": "m"]).objectValue)
        var object = original
        object["alpha"] = "new"
        #expect(object["alpha"] == "new")
        #expect(object["zeta"] == 1)
        #expect(object["mid"] == "m")
        #expect(object.count == 3)
        #expect(TemplateValue.object(object) == ["zeta": 1, "alpha": "new", "mid": "m"])
        // Objects are values: the copy it was made from still has the old member.
        #expect(original["alpha"] == "a")
        // A null value is a member like any other, unlike setting `nil`, which removes the key.
        object["alpha"] = .null
        #expect(object["alpha"] == .null)
        #expect(object.count == 3)
    }

    @Test func addingAndRemovingKeys() throws {
        var object = try #require(shapedObject(["zeta": 1, "alpha": "a", "mid": "m"]).objectValue)
        object["added"] = true
        #expect(object.count == 4)
        #expect(TemplateValue.object(object) == ["zeta": 1, "alpha": "a", "mid": "m", "added": true])
        object["alpha"] = nil
        #expect(object["alpha"] == nil)
        #expect(object.count == 3)
        #expect(object.keys.sorted() == ["added", "mid", "zeta"])
        #expect(TemplateValue.object(object) == ["zeta": 1, "mid": "m", "added": true])

        // Removing straight from a shaped object, and removing a key it does not have.
        var fresh = try #require(shapedObject(["zeta": 1, "alpha": "a"]).objectValue)
        fresh["zeta"] = nil
        #expect(TemplateValue.object(fresh) == ["alpha": "a"])
        var unchanged = try #require(shapedObject(["zeta": 1, "alpha": "a"]).objectValue)
        unchanged["missing"] = nil
        #expect(TemplateValue.object(unchanged) == ["zeta": 1, "alpha": "a"])
    }

    @Test func shapeWithoutKeysMakesAnEmptyObject() throws {
        let empty = shapedObject(TemplateShape([]), [])
        #expect(!empty.isTruthy)
        #expect(empty == [:])
        #expect(Set([empty, [:]]).count == 1)
        #expect(empty[""] == nil)
        #expect(empty["x"] == nil)
        #expect(empty.jsonString() == "{}")
        #expect(empty.jsonString(pretty: false) == "{}")
        var object = try #require(empty.objectValue)
        #expect(object.isEmpty)
        #expect(object.count == 0)
        #expect(object.keys.isEmpty)
        object["x"] = 1
        #expect(TemplateValue.object(object) == ["x": 1])
        // Only having no members makes an object false: a null member is enough to make it true.
        #expect(shapedObject(["a": nil]).isTruthy)
    }

    @Test func jsonOfAShapedObjectEqualsTheDictionaryObjectsJSON() {
        // The shape's order is not the sorted order, so writing members in shape order would show.
        let point = TemplateShape(["y", "x"])
        let shaped = shapedObject([
            "zeta": [shapedObject(point, [2, 1]), shapedObject(point, [4, 3])], "alpha": nil,
            "mid": shapedObject(["b": "B", "a": "A"]),
        ])
        let dictionary: TemplateValue = [
            "mid": ["a": "A", "b": "B"], "alpha": nil, "zeta": [["x": 1, "y": 2], ["x": 3, "y": 4]],
        ]
        #expect(shaped.jsonString() == dictionary.jsonString())
        #expect(
            shaped.jsonString(pretty: false)
                == #"{"alpha":null,"mid":{"a":"A","b":"B"},"zeta":[{"x":1,"y":2},{"x":3,"y":4}]}"#)
    }

    @Test func addingAKeyOutOfTheShapesOrderStops() async {
        await #expect(processExitsWith: .failure) {
            var builder = TemplateShape.Builder(TemplateShape(["a", "b"]))
            builder.add("b", 1)
        }
    }

    @Test func objectLackingAKeyOfItsShapeStops() async {
        await #expect(processExitsWith: .failure) {
            var builder = TemplateShape.Builder(TemplateShape(["a", "b"]))
            builder.add("a", 1)
            _ = builder.value
        }
    }
}
