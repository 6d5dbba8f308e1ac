import Testing
import YAMLLite

@Test func prettyJSONUsesTwoSpacesAndKeepsKeyOrder() throws {
    let root = try parsedRoot("z: 1\na: [true, null]\nm: {}\ne: []\n")
    #expect(root.jsonString() == """
        {
          "z": 1,
          "a": [
            true,
            null
          ],
          "m": {},
          "e": []
        }
        """)
    #expect(root.jsonString(pretty: false) == #"{"z":1,"a":[true,null],"m":{},"e":[]}"#)
}

@Test func floatsPrintInTheirShortestFormAndNonFiniteOnesAsStrings() throws {
    let root = try parsedRoot("[1000.0, 1e3, 1.5, 1e16, 1e15, 0.0001, 0.00001, -0.0, 1.e-7, .inf, -.inf, .nan, 9223372036854775808]")
    #expect(root.jsonString(pretty: false) == #"""
        [1000.0,1000.0,1.5,1e+16,1000000000000000.0,0.0001,1e-05,-0.0,1e-07,".inf","-.inf",".nan",9.223372036854776e+18]
        """#)
}

@Test func stringsAreEscapedForJSON() throws {
    let root = try parsedRoot(#"- "q\" b\\ s/ \n \r \t \b \f \0 \e \x7f é 😀 \u2028""# + "\n")
    #expect(root.jsonString(pretty: false) == #"["q\" b\\ s/ \n \r \t \b \f \u0000 \u001b \#u{7F} é 😀 \#u{2028}"]"#)
}

@Test func keysAreStringsSpelledAsTheirTypedValue() throws {
    let root = try parsedRoot("200: a\n0x1F: b\n1.50: c\nnull: d\n~x: e\nTrue: f\n\"0x1F0\": g\n.inf: h\n")
    #expect(root.jsonString(pretty: false) == #"{"200":"a","31":"b","1.5":"c","null":"d","~x":"e","true":"f","0x1F0":"g",".inf":"h"}"#)
}

@Test func rootScalarsRenderAlone() throws {
    #expect(try parsedRoot("hello\n").jsonString() == #""hello""#)
    #expect(try parsedRoot("42\n").jsonString() == "42")
    #expect(try parsedRoot("--- ~\n").jsonString() == "null")
}
