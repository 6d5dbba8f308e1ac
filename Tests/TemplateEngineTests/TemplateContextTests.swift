import TemplateEngine
import Testing

/// A program's own types as template data: members by name, through an enum the compiler checks.
private final class Pet: TemplateContext {
    enum Member: String, CaseIterable {
        case name, age, tags, owner
    }

    static let members = MemberTable<Member>()

    let name: String
    let age: Int
    let tags: [String]
    let owner: Pet?

    init(name: String, age: Int, tags: [String], owner: Pet?) {
        self.name = name
        self.age = age
        self.tags = tags
        self.owner = owner
    }

    func value(of member: Member) -> TemplateValue {
        switch member {
        case .name: .string(name)
        case .age: .int(age)
        case .tags: .array(tags.map(TemplateValue.string))
        case .owner: owner.map { .object($0) } ?? .null
        }
    }
}

@Suite struct TemplateContextTests {
    private let rex = Pet(name: "Rex", age: 3, tags: ["good", "loud"], owner: Pet(name: "Ana", age: 40, tags: [], owner: nil))

    @Test func templatesReadTypedMembersByName() throws {
        let template = "{{ pet.name }} ({{ pet.age }}): {{ pet.tags | join(\", \") }}{% if pet.owner %}, of {{ pet.owner.name }}{% endif %}"
        #expect(try render(template, ["pet": rex.templateValue]) == "Rex (3): good, loud, of Ana")
        #expect(try render("{% if pet.owner.owner %}x{% else %}none{% endif %}", ["pet": rex.templateValue]) == "none")
    }

    @Test func anUnknownMemberIsAnErrorWithASuggestion() {
        #expect(
            renderError("{{ pet.nmae }}", ["pet": rex.templateValue])
                == "main.tmpl:1:8: error: unknown key 'nmae' in 'pet' (did you mean 'name'?)")
        #expect(
            renderError("{{ pet.owner.owner.name }}", ["pet": rex.templateValue])
                == "main.tmpl:1:20: error: cannot access key 'name' on 'pet.owner.owner', which is null")
    }

    @Test func membersComeFromTheEnum() {
        #expect(rex.memberNames == ["name", "age", "tags", "owner"])
        #expect(rex.member("age") == 3)
        #expect(rex.member("Age") == nil)
    }

    @Test func aTypedObjectEqualsAndPrintsAsTheDictionaryWithTheSameMembers() {
        let dictionary: TemplateValue = [
            "name": "Rex", "age": 3, "tags": ["good", "loud"],
            "owner": ["name": "Ana", "age": 40, "tags": [], "owner": nil],
        ]
        #expect(rex.templateValue == dictionary)
        #expect(rex.templateValue.jsonString() == dictionary.jsonString())
        #expect(rex.templateValue != ["name": "Rex", "age": 3, "tags": ["good", "loud"], "owner": nil])
    }

    @Test func aRootObjectMayBeTyped() throws {
        #expect(try render("{{ name }} is {{ age }}", rex.templateValue) == "Rex is 3")
    }
}

/// The name lookup of context types: names are compared only with those of their length.
@Suite struct MemberTableTests {
    enum Member: String, CaseIterable, Sendable {
        case a, b, ab, ba, abc, name, nAme, swiftName, é, ée
    }

    @Test func everyMemberIsFoundByItsNameAndNoOther() {
        let table = MemberTable<Member>()
        for member in Member.allCases {
            #expect(table[member.rawValue] == member)
        }
        for other in ["", "c", "abcd", "Name", "swiftname", "e", "e\u{301}", "nam", "names", String(repeating: "x", count: 200)] {
            #expect(table[other] == nil, "\(other)")
        }
    }
}
