import Testing
import YAMLLite

/// Plain scalars and their YAML 1.2 core-schema values.
let plainScalarValues: [(String, CoreValue)] = [
    ("", .null), ("null", .null), ("Null", .null), ("NULL", .null), ("~", .null),
    ("nULL", .string("nULL")), ("nil", .string("nil")),
    ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)),
    ("false", .bool(false)), ("False", .bool(false)), ("FALSE", .bool(false)),
    ("yes", .string("yes")), ("no", .string("no")), ("on", .string("on")), ("off", .string("off")),
    ("y", .string("y")), ("tRUE", .string("tRUE")),
    ("0", .int(0)), ("-0", .int(0)), ("12", .int(12)), ("-4", .int(-4)), ("+7", .int(7)), ("007", .int(7)),
    ("0o17", .int(15)), ("0o0", .int(0)), ("0x1F", .int(31)), ("0xff", .int(255)), ("0xABCdef", .int(0xABCDEF)),
    ("9223372036854775807", .int(.max)), ("-9223372036854775808", .int(.min)),
    ("9223372036854775808", .float(9_223_372_036_854_775_808)),
    ("0x10000000000000000", .float(18_446_744_073_709_551_616)),
    ("0o1000000000000000000000", .float(9_223_372_036_854_775_808)),
    ("0b101", .string("0b101")), ("1_000", .string("1_000")), ("0o8", .string("0o8")), ("0xG", .string("0xG")),
    ("0x", .string("0x")), ("0o", .string("0o")), ("-0x1", .string("-0x1")), ("0X1", .string("0X1")),
    ("1.5", .float(1.5)), ("-0.25", .float(-0.25)), ("+3.0", .float(3)), ("1.", .float(1)), (".5", .float(0.5)),
    ("-.5", .float(-0.5)), ("1e3", .float(1000)), ("1E-3", .float(0.001)), ("2.5e+10", .float(2.5e10)),
    ("1e400", .float(.infinity)), ("-1e400", .float(-.infinity)),
    (".inf", .float(.infinity)), (".Inf", .float(.infinity)), (".INF", .float(.infinity)),
    ("+.inf", .float(.infinity)), ("-.inf", .float(-.infinity)), ("-.INF", .float(-.infinity)),
    (".iNF", .string(".iNF")), ("inf", .string("inf")), ("infinity", .string("infinity")),
    ("e3", .string("e3")), ("1e", .string("1e")), ("1e+", .string("1e+")), (".", .string(".")),
    ("+", .string("+")), ("-", .string("-")), ("1.2.3", .string("1.2.3")), ("1 2", .string("1 2")),
    ("12:30", .string("12:30")), ("1,000", .string("1,000")), ("١٢", .string("١٢")),
]

@Test(arguments: plainScalarValues)
func plainScalarResolvesByTheCoreSchema(_ text: String, _ expected: CoreValue) {
    let scalar = YAMLScalar(text: text, style: .plain)
    #expect(scalar.coreValue == expected)
    #expect(scalar.isNull == (expected == .null))
}

@Test func nanResolvesToNaN() {
    for text in [".nan", ".NaN", ".NAN"] {
        guard case .float(let value) = YAMLScalar(text: text, style: .plain).coreValue else {
            Issue.record("\(text) is not a float")
            continue
        }
        #expect(value.isNaN)
    }
    #expect(YAMLScalar(text: ".Nan", style: .plain).coreValue == .string(".Nan"))
}

@Test(arguments: [ScalarStyle.singleQuoted, .doubleQuoted, .literal, .folded])
func nonPlainScalarsAreAlwaysStrings(_ style: ScalarStyle) {
    for text in ["", "null", "~", "true", "12", "1.5", ".inf"] {
        let scalar = YAMLScalar(text: text, style: style)
        #expect(scalar.coreValue == .string(text))
        #expect(!scalar.isNull)
    }
}
