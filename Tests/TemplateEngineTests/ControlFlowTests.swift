import Testing
import TemplateEngine

@Suite struct ConditionalTests {
    @Test(arguments: [(1, "one"), (2, "two"), (3, "other")])
    func ifElifElse(value: Int, expected: String) throws {
        let template = "{% if n == 1 %}one{% elif n == 2 %}two{% else %}other{% endif %}"
        #expect(try render(template, ["n": .int(value)]) == expected)
    }

    @Test func ifWithoutElseRendersNothingWhenFalse() throws {
        #expect(try render("[{% if no %}x{% endif %}]", ["no": false]) == "[]")
    }

    @Test func elifWithoutElse() throws {
        #expect(try render("{% if a %}a{% elif b %}b{% endif %}.", ["a": false, "b": false]) == ".")
        #expect(try render("{% if a %}a{% elif b %}b{% endif %}.", ["a": false, "b": true]) == "b.")
    }

    @Test func nestedConditions() throws {
        let template = "{% if a %}A{% if b %}B{% else %}b{% endif %}{% endif %}"
        #expect(try render(template, ["a": true, "b": false]) == "Ab")
    }

    @Test func setBindsAValue() throws {
        #expect(try render(#"{% set greeting = "hi " %}{{ greeting }}{{ name }}"#, ["name": "you"]) == "hi you")
        // `if` opens no scope.
        #expect(try render("{% if true %}{% set x = 1 %}{% endif %}{{ x }}") == "1")
        // A later `set` replaces an earlier one, and shadows the context.
        #expect(try render("{% set name = 2 %}{% set name = 3 %}{{ name }}", ["name": 1]) == "3")
    }
}

@Suite struct LoopTests {
    @Test func loopsOverArrays() throws {
        #expect(try render("{% for x in xs %}[{{ x }}]{% endfor %}", ["xs": ["a", "b", "c"]]) == "[a][b][c]")
    }

    @Test func elseRendersForEmptyArrays() throws {
        let template = "{% for x in xs %}{{ x }}{% else %}(none){% endfor %}"
        #expect(try render(template, ["xs": []]) == "(none)")
        #expect(try render(template, ["xs": [1]]) == "1")
        #expect(try render("{% for x in xs %}{{ x }}{% endfor %}.", ["xs": []]) == ".")
    }

    @Test func loopVariables() throws {
        let template = "{% for x in xs %}{{ loop.index }}/{{ loop.index0 }}/{{ loop.length }} {{ loop.first }} {{ loop.last }}\n{% endfor %}"
        #expect(
            try render(template, ["xs": ["a", "b", "c"]]) == """
                1/0/3 true false
                2/1/3 false false
                3/2/3 false true

                """)
    }

    @Test func loopObjectAsAWhole() throws {
        #expect(
            try render("{% for x in xs %}{{ loop | json }}{% endfor %}", ["xs": [1]])
                == #"{"first":true,"index":1,"index0":0,"last":true,"length":1}"#)
    }

    @Test func commasBetweenElements() throws {
        let template = "{% for x in xs %}{{ x }}{% if not loop.last %}, {% endif %}{% endfor %}"
        #expect(try render(template, ["xs": ["a", "b", "c"]]) == "a, b, c")
    }

    @Test func nestedLoopsHaveTheirOwnLoopVariable() throws {
        let template = """
            {% for row in rows %}
            {% set outer = loop %}
            {% for cell in row %}
            {{ outer.index }}.{{ loop.index }}={{ cell }}{% if loop.last %} (last of {{ loop.length }}){% endif %}
            {% endfor %}
            {% endfor %}

            """
        #expect(
            try render(template, ["rows": [["a", "b"], ["c"]]]) == """
                1.1=a
                1.2=b (last of 2)
                2.1=c (last of 1)

                """)
    }

    @Test func loopVariableShadowsOuterNamesOnlyInsideTheLoop() throws {
        let template = "{{ x }}:{% for x in xs %}{{ x }}{% endfor %}:{{ x }}"
        #expect(try render(template, ["x": "outer", "xs": [1, 2]]) == "outer:12:outer")
    }

    @Test func setInsideALoopIsLocalToOneIteration() throws {
        let template = "{% for x in xs %}{% if loop.first %}{% set mark = x %}{% endif %}{% if loop.last %}{{ mark }}{% endif %}{% endfor %}"
        #expect(renderError(template, ["xs": [1, 2]]) == "main.tmpl:1:87: error: unknown variable 'mark'")
        #expect(try render(template, ["xs": [1]]) == "1")
        #expect(
            renderError("{% for x in xs %}{% set y = x %}{% endfor %}{{ y }}", ["xs": [1]])
                == "main.tmpl:1:48: error: unknown variable 'y'")
    }

    @Test func loopsOverFilterResultsAndIndexedValues() throws {
        #expect(try render("{% for x in xss[1] %}{{ x }}{% endfor %}", ["xss": [[1], [2, 3]]]) == "23")
    }
}
