import Foundation
import RealWorld
import Testing

/// Models that hold themselves, directly or through each other, through optionals, arrays,
/// maps and unions: they are ordinary values that decode and encode any depth.
@Suite struct RecursionTests {
    func json(_ data: Data) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: data) as? NSDictionary)
    }

    let groupPayload = #"""
        {"id": "g-3",
         "parent": {"id": "g-2", "parent": {"id": "g-1"}, "children": []},
         "children": [{"id": "g-4", "owner": null}, {"id": "g-5", "children": [{"id": "g-6"}]}],
         "membersById": {"m-1": {"id": "m-1", "manager": null, "group": {"id": "g-3"}},
                         "m-2": {"id": "m-2", "manager": {"id": "m-1", "manager": null}}},
         "owner": {"id": "m-2", "manager": {"id": "m-1", "manager": null}}}
        """#

    @Test func aGroupTreeDecodesAtEveryDepth() throws {
        let group = try JSONDecoder().decode(Group.self, from: Data(groupPayload.utf8))
        #expect(group.parent?.id == "g-2")
        #expect(group.parent?.parent?.id == "g-1")
        #expect(group.parent?.parent?.parent == nil)
        #expect(group.children?[0].owner == .null)
        #expect(group.children?[1].children?.first?.id == "g-6")
        #expect(group.membersByID?["m-1"]?.group?.id == "g-3")
        #expect(group.membersByID?["m-2"]?.manager?.id == "m-1")
        #expect(group.owner == .value(Member(id: "m-2", manager: Member(id: "m-1"))))
    }

    @Test func aGroupTreeRoundTripsThroughTheServer() async throws {
        let group = try JSONDecoder().decode(Group.self, from: Data(groupPayload.utf8))
        try await EchoServer.withClient { client, server in
            let echoed = try await client.echoGroup(body: group)
            #expect(echoed == group)
            let sent = try #require(try await server.lastRequest().body)
            #expect(try json(Data(sent.utf8)) == json(Data(groupPayload.utf8)))
        }
    }

    @Test func valuesAreIndependentCopies() {
        var root = Group(id: "root")
        var child = Group(id: "child", parent: root)
        root.id = "renamed"
        #expect(child.parent?.id == "root")
        child.parent?.id = "changed"
        #expect(child.parent?.id == "changed")
        #expect(root.id == "renamed")
    }

    @Test func deepChainsEncodeAndDecode() throws {
        var group = Group(id: "0")
        for depth in 1...200 { group = Group(id: String(depth), parent: group) }
        let decoded = try JSONDecoder().decode(Group.self, from: JSONEncoder().encode(group))
        #expect(decoded == group)
        var depth = 0
        var current: Group? = decoded
        while let next = current?.parent {
            depth += 1
            current = next
        }
        #expect(depth == 200)
    }

    @Test func aRecursiveUnionRoundTrips() async throws {
        let payload = #"""
            {"operator": "+", "left": {"value": 1},
             "right": {"operator": "*", "left": {"value": 2.5}, "right": {"value": 4}}}
            """#
        let expression = try JSONDecoder().decode(Expression.self, from: Data(payload.utf8))
        #expect(
            expression
                == .binaryExpression(
                    BinaryExpression(
                        operator: "+", left: .literal(Literal(value: 1)),
                        right: .binaryExpression(
                            BinaryExpression(operator: "*", left: .literal(Literal(value: 2.5)), right: .literal(Literal(value: 4)))))))
        try await EchoServer.withClient { client, server in
            #expect(try await client.echoExpression(body: expression) == expression)
            let sent = try #require(try await server.lastRequest().body)
            #expect(try json(Data(sent.utf8)) == json(Data(payload.utf8)))
        }
    }

    @Test func nestedMembersAreValidated() async throws {
        let client = RealWorldClient(baseURL: URL(fileURLWithPath: "/"), auth: .none)
        let group = Group(id: "g", parent: Group(id: "p", owner: .value(Member(id: ""))))
        do {
            _ = try await client.echoGroup(body: group)
            Issue.record("expected a validation error")
        } catch {
            guard case .validation(_, let field, let rule) = error else {
                Issue.record("expected a validation error, got \(error)")
                return
            }
            #expect(field == "body.parent.owner.id")
            #expect(rule == "minLength: 1")
        }
    }
}
