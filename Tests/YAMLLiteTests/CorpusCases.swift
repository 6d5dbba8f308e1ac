// The corpus: YAML-lite documents and the JSON a full YAML implementation reads from them.
//
// Each expected JSON was produced by PyYAML 6 with its implicit resolvers replaced by the YAML 1.2
// core schema (so `yes` stays a string and `0o17` is 15), printed by `json.dumps(indent=2,
// ensure_ascii=False)` with non-finite floats spelled ".inf", "-.inf" and ".nan". Documents with
// CR, tabs, a BOM or trailing spaces are written as escaped one-line literals so that no editor
// can change them.

/// One corpus document and the JSON it must parse to.
struct CorpusCase: Sendable, CustomStringConvertible {
    let name: String
    let yaml: String
    let json: String

    var description: String { name }
}

let corpusCases: [CorpusCase] = [
    CorpusCase(
        name: "scalar mapping",
        yaml: #"""
            name: Frontegg
            version: 2

            """#,
        json: #"""
            {
              "name": "Frontegg",
              "version": 2
            }
            """#
    ),
    CorpusCase(
        name: "nested mappings",
        yaml: #"""
            api:
              name: Identity
              info:
                title: Users
                version: "1.0"
            other: x

            """#,
        json: #"""
            {
              "api": {
                "name": "Identity",
                "info": {
                  "title": "Users",
                  "version": "1.0"
                }
              },
              "other": "x"
            }
            """#
    ),
    CorpusCase(
        name: "block sequence",
        yaml: #"""
            - a
            - b
            - c

            """#,
        json: #"""
            [
              "a",
              "b",
              "c"
            ]
            """#
    ),
    CorpusCase(
        name: "sequence of mappings",
        yaml: #"""
            servers:
              - name: eu
                url: https://api.frontegg.com/identity
                description: EU Region
              - name: us
                url: https://api.us.frontegg.com/identity

            """#,
        json: #"""
            {
              "servers": [
                {
                  "name": "eu",
                  "url": "https://api.frontegg.com/identity",
                  "description": "EU Region"
                },
                {
                  "name": "us",
                  "url": "https://api.us.frontegg.com/identity"
                }
              ]
            }
            """#
    ),
    CorpusCase(
        name: "indentless sequence",
        yaml: #"""
            tags:
            - a
            - b
            next: 1

            """#,
        json: #"""
            {
              "tags": [
                "a",
                "b"
              ],
              "next": 1
            }
            """#
    ),
    CorpusCase(
        name: "indentless sequence of mappings",
        yaml: #"""
            items:
            - name: x
              size: 1
            - name: y
              size: 2
            after: true

            """#,
        json: #"""
            {
              "items": [
                {
                  "name": "x",
                  "size": 1
                },
                {
                  "name": "y",
                  "size": 2
                }
              ],
              "after": true
            }
            """#
    ),
    CorpusCase(
        name: "nested sequences compact",
        yaml: #"""
            - - a
              - b
            - - c
            -
              - d

            """#,
        json: #"""
            [
              [
                "a",
                "b"
              ],
              [
                "c"
              ],
              [
                "d"
              ]
            ]
            """#
    ),
    CorpusCase(
        name: "sequence item on next line",
        yaml: "-\n  name: x\n-\n  - y\n- \n",
        json: #"""
            [
              {
                "name": "x"
              },
              [
                "y"
              ],
              null
            ]
            """#
    ),
    CorpusCase(
        name: "comments everywhere",
        yaml: #"""
            # leading comment

            a: 1 # trailing
            # between
              # indented comment
            b:   # after key
              c: 2  # deep

            # final

            """#,
        json: #"""
            {
              "a": 1,
              "b": {
                "c": 2
              }
            }
            """#
    ),
    CorpusCase(
        name: "hash inside scalars",
        yaml: #"""
            a: a#b
            b: 'x # y'
            c: "#z"
            d: issue#12 # real comment
            e: http://x/#frag

            """#,
        json: #"""
            {
              "a": "a#b",
              "b": "x # y",
              "c": "#z",
              "d": "issue#12",
              "e": "http://x/#frag"
            }
            """#
    ),
    CorpusCase(
        name: "urls with colons",
        yaml: #"""
            url: https://x/{id}
            port: localhost:8080
            time: 12:30:45
            urn: urn:isbn:0451450523
            path: /a/b:c

            """#,
        json: #"""
            {
              "url": "https://x/{id}",
              "port": "localhost:8080",
              "time": "12:30:45",
              "urn": "urn:isbn:0451450523",
              "path": "/a/b:c"
            }
            """#
    ),
    CorpusCase(
        name: "empty values",
        yaml: "a:\nb: \nc: # comment\nd:\n  e:\nf: ~\ng: null\n",
        json: #"""
            {
              "a": null,
              "b": null,
              "c": null,
              "d": {
                "e": null
              },
              "f": null,
              "g": null
            }
            """#
    ),
    CorpusCase(
        name: "empty document",
        yaml: #"""
            # only comments

            # here

            """#,
        json: #"""
            null
            """#
    ),
    CorpusCase(
        name: "leading document marker",
        yaml: #"""
            ---
            a: 1
            b: [1, 2]

            """#,
        json: #"""
            {
              "a": 1,
              "b": [
                1,
                2
              ]
            }
            """#
    ),
    CorpusCase(
        name: "leading document marker with comment",
        yaml: #"""
            # header
            --- # start
            key: value

            """#,
        json: #"""
            {
              "key": "value"
            }
            """#
    ),
    CorpusCase(
        name: "quoted keys",
        yaml: #"""
            "a b": 1
            'x': 2
            "": empty
            'it''s': 3
            "tab\tkey": 4

            """#,
        json: #"""
            {
              "a b": 1,
              "x": 2,
              "": "empty",
              "it's": 3,
              "tab\tkey": 4
            }
            """#
    ),
    CorpusCase(
        name: "single quoted",
        yaml: #"""
            a: 'it''s'
            b: ''
            c: ' padded '
            d: 'no \escapes\n here'
            e: '"double"'

            """#,
        json: #"""
            {
              "a": "it's",
              "b": "",
              "c": " padded ",
              "d": "no \\escapes\\n here",
              "e": "\"double\""
            }
            """#
    ),
    CorpusCase(
        name: "double quoted escapes",
        yaml: #"""
            a: "a \"b\""
            b: "line\nbreak\ttab"
            c: "slash \/ backslash \\"
            d: "\u00e9\u4e2d\U0001F600"
            e: "\x41\x7e"
            f: "bell\a esc\e nul\0 vt\v ff\f cr\r bs\b"
            g: "nbsp\_ nel\N ls\L ps\P sp\ !"

            """#,
        json: #"""
            {
              "a": "a \"b\"",
              "b": "line\nbreak\ttab",
              "c": "slash / backslash \\",
              "d": "é中😀",
              "e": "A~",
              "f": "bell\u0007 esc\u001b nul\u0000 vt\u000b ff\f cr\r bs\b",
              "g": "nbsp  nel ls  ps  sp !"
            }
            """#
    ),
    CorpusCase(
        name: "unicode",
        yaml: #"""
            名前: 値
            emoji: "😀 ok"
            café: crème brûlée
            rtl: שלום

            """#,
        json: #"""
            {
              "名前": "値",
              "emoji": "😀 ok",
              "café": "crème brûlée",
              "rtl": "שלום"
            }
            """#
    ),
    CorpusCase(
        name: "core schema null and bool",
        yaml: #"""
            - null
            - Null
            - NULL
            - ~
            -
            - true
            - True
            - TRUE
            - false
            - False
            - FALSE
            - yes
            - no
            - on
            - off
            - nULL
            - tRUE

            """#,
        json: #"""
            [
              null,
              null,
              null,
              null,
              null,
              true,
              true,
              true,
              false,
              false,
              false,
              "yes",
              "no",
              "on",
              "off",
              "nULL",
              "tRUE"
            ]
            """#
    ),
    CorpusCase(
        name: "core schema ints",
        yaml: #"""
            - 0
            - 12
            - -4
            - +7
            - 007
            - 0o17
            - 0o0
            - 0x1F
            - 0xff
            - 0xABCdef
            - 9223372036854775807
            - -9223372036854775808
            - 9223372036854775808
            - 0x10000000000000000
            - 0b101
            - 1_000
            - 0o8
            - 0xG

            """#,
        json: #"""
            [
              0,
              12,
              -4,
              7,
              7,
              15,
              0,
              31,
              255,
              11259375,
              9223372036854775807,
              -9223372036854775808,
              9.223372036854776e+18,
              1.8446744073709552e+19,
              "0b101",
              "1_000",
              "0o8",
              "0xG"
            ]
            """#
    ),
    CorpusCase(
        name: "core schema floats",
        yaml: #"""
            - 1.5
            - -0.25
            - +3.0
            - 1.
            - .5
            - -.5
            - 1e3
            - 1E-3
            - 2.5e+10
            - 1000.0
            - 1e16
            - 1e15
            - 0.0001
            - 0.00001
            - -0.0
            - .inf
            - -.Inf
            - +.INF
            - .nan
            - .NaN
            - .NAN
            - 1e400
            - e3
            - 1.2.3
            - .
            - ._
            - 1e

            """#,
        json: #"""
            [
              1.5,
              -0.25,
              3.0,
              1.0,
              0.5,
              -0.5,
              1000.0,
              0.001,
              25000000000.0,
              1000.0,
              1e+16,
              1000000000000000.0,
              0.0001,
              1e-05,
              -0.0,
              ".inf",
              "-.inf",
              ".inf",
              ".nan",
              ".nan",
              ".nan",
              ".inf",
              "e3",
              "1.2.3",
              ".",
              "._",
              "1e"
            ]
            """#
    ),
    CorpusCase(
        name: "quoted numbers stay strings",
        yaml: #"""
            a: "1"
            b: '2.5'
            c: "true"
            d: 'null'
            e: ""

            """#,
        json: #"""
            {
              "a": "1",
              "b": "2.5",
              "c": "true",
              "d": "null",
              "e": ""
            }
            """#
    ),
    CorpusCase(
        name: "literal block clip",
        yaml: #"""
            text: |
              line one
              line two


            next: x

            """#,
        json: #"""
            {
              "text": "line one\nline two\n",
              "next": "x"
            }
            """#
    ),
    CorpusCase(
        name: "literal block strip",
        yaml: #"""
            text: |-
              line one
              line two


            next: x

            """#,
        json: #"""
            {
              "text": "line one\nline two",
              "next": "x"
            }
            """#
    ),
    CorpusCase(
        name: "literal block keep",
        yaml: #"""
            text: |+
              line one
              line two


            next: x

            """#,
        json: #"""
            {
              "text": "line one\nline two\n\n\n",
              "next": "x"
            }
            """#
    ),
    CorpusCase(
        name: "literal keep at end of file",
        yaml: #"""
            text: |+
              one



            """#,
        json: #"""
            {
              "text": "one\n\n\n"
            }
            """#
    ),
    CorpusCase(
        name: "literal keep without final break",
        yaml: #"""
            text: |+
              one
              two
            """#,
        json: #"""
            {
              "text": "one\ntwo"
            }
            """#
    ),
    CorpusCase(
        name: "literal clip without final break",
        yaml: #"""
            a: |
              one
            """#,
        json: #"""
            {
              "a": "one"
            }
            """#
    ),
    CorpusCase(
        name: "literal with indentation indicator",
        yaml: #"""
            a: |2
               leading space
              normal
            b: |1-
              two spaces kept

            """#,
        json: #"""
            {
              "a": " leading space\nnormal\n",
              "b": " two spaces kept"
            }
            """#
    ),
    CorpusCase(
        name: "literal indicator order",
        yaml: #"""
            a: |-2
                x
            b: |+1
              y

            c: >2-
               z

            """#,
        json: #"""
            {
              "a": "  x",
              "b": " y\n\n",
              "c": " z"
            }
            """#
    ),
    CorpusCase(
        name: "literal with comment after indicator",
        yaml: #"""
            a: | # a comment
              text # not a comment
              # also text
            b: >- # folded
              more

            """#,
        json: #"""
            {
              "a": "text # not a comment\n# also text\n",
              "b": "more"
            }
            """#
    ),
    CorpusCase(
        name: "literal more indented lines",
        yaml: #"""
            code: |
              func a() {
                  return 1
              }

              done

            """#,
        json: #"""
            {
              "code": "func a() {\n    return 1\n}\n\ndone\n"
            }
            """#
    ),
    CorpusCase(
        name: "literal leading blank lines",
        yaml: #"""
            a: |


              text
              more

            """#,
        json: #"""
            {
              "a": "\n\ntext\nmore\n"
            }
            """#
    ),
    CorpusCase(
        name: "literal only blank lines",
        yaml: #"""
            a: |


            b: |+


            c: |-

            d: x

            """#,
        json: #"""
            {
              "a": "",
              "b": "\n\n",
              "c": "",
              "d": "x"
            }
            """#
    ),
    CorpusCase(
        name: "literal trailing spaces lines",
        yaml: "a: |\n  x\n    \n  y\n  \n",
        json: #"""
            {
              "a": "x\n  \ny\n"
            }
            """#
    ),
    CorpusCase(
        name: "folded basic",
        yaml: #"""
            a: >
              one
              two
              three

              new paragraph
            b: 1

            """#,
        json: #"""
            {
              "a": "one two three\nnew paragraph\n",
              "b": 1
            }
            """#
    ),
    CorpusCase(
        name: "folded more indented",
        yaml: #"""
            a: >
              Sentence one
              continues.

                indented code
                more code

              back to text
              here

            """#,
        json: #"""
            {
              "a": "Sentence one continues.\n\n  indented code\n  more code\n\nback to text here\n"
            }
            """#
    ),
    CorpusCase(
        name: "folded strip and keep",
        yaml: #"""
            a: >-
              x
              y

            b: >+
              x
              y


            c: >
              z

            """#,
        json: #"""
            {
              "a": "x y",
              "b": "x y\n\n\n",
              "c": "z\n"
            }
            """#
    ),
    CorpusCase(
        name: "folded blank lines",
        yaml: #"""
            a: >
              first


              second
              third


            """#,
        json: #"""
            {
              "a": "first\n\nsecond third\n"
            }
            """#
    ),
    CorpusCase(
        name: "block scalar in sequence",
        yaml: #"""
            - |
              one
              two
            - >-
              three
              four
            - plain

            """#,
        json: #"""
            [
              "one\ntwo\n",
              "three four",
              "plain"
            ]
            """#
    ),
    CorpusCase(
        name: "block scalar at root",
        yaml: #"""
            |
              root text
              more

            """#,
        json: #"""
            "root text\nmore\n"
            """#
    ),
    CorpusCase(
        name: "block scalar in compact mapping",
        yaml: #"""
            - a: |
                text
              b: 2

            """#,
        json: #"""
            [
              {
                "a": "text\n",
                "b": 2
              }
            ]
            """#
    ),
    CorpusCase(
        name: "flow sequences",
        yaml: #"""
            a: [local, saml, google]
            b: []
            c: [ 1, 2.5, true, null, ~ ]
            d: [a, [b, c], [[d]]]
            e: [trailing, ]

            """#,
        json: #"""
            {
              "a": [
                "local",
                "saml",
                "google"
              ],
              "b": [],
              "c": [
                1,
                2.5,
                true,
                null,
                null
              ],
              "d": [
                "a",
                [
                  "b",
                  "c"
                ],
                [
                  [
                    "d"
                  ]
                ]
              ],
              "e": [
                "trailing"
              ]
            }
            """#
    ),
    CorpusCase(
        name: "flow mappings",
        yaml: #"""
            a: { type: string, required: true }
            b: {}
            c: {x: 1, y: {z: [1, 2]}}
            d: { type: string, enum: [a, b] }
            e: {a, b: 1}
            f: {empty:, g: 2}

            """#,
        json: #"""
            {
              "a": {
                "type": "string",
                "required": true
              },
              "b": {},
              "c": {
                "x": 1,
                "y": {
                  "z": [
                    1,
                    2
                  ]
                }
              },
              "d": {
                "type": "string",
                "enum": [
                  "a",
                  "b"
                ]
              },
              "e": {
                "a": null,
                "b": 1
              },
              "f": {
                "empty": null,
                "g": 2
              }
            }
            """#
    ),
    CorpusCase(
        name: "quoted strings in flows",
        yaml: #"""
            a: ["x, y", 'z]', "{}"]
            b: {"k: 1": 'v, w', 'q': "]"}
            c: {"json":1, "x":"y"}

            """#,
        json: #"""
            {
              "a": [
                "x, y",
                "z]",
                "{}"
              ],
              "b": {
                "k: 1": "v, w",
                "q": "]"
              },
              "c": {
                "json": 1,
                "x": "y"
              }
            }
            """#
    ),
    CorpusCase(
        name: "colons inside flow scalars",
        yaml: #"""
            a: [http://x.com/a, a:b, 12:30]
            b: {url: http://x/y, t: 1:2}

            """#,
        json: #"""
            {
              "a": [
                "http://x.com/a",
                "a:b",
                "12:30"
              ],
              "b": {
                "url": "http://x/y",
                "t": "1:2"
              }
            }
            """#
    ),
    CorpusCase(
        name: "flow in sequence",
        yaml: #"""
            - [a, b]
            - {c: d}
            - []

            """#,
        json: #"""
            [
              [
                "a",
                "b"
              ],
              {
                "c": "d"
              },
              []
            ]
            """#
    ),
    CorpusCase(
        name: "flow single pair",
        yaml: #"""
            a: [k: v, x: [1]]

            """#,
        json: #"""
            {
              "a": [
                {
                  "k": "v"
                },
                {
                  "x": [
                    1
                  ]
                }
              ]
            }
            """#
    ),
    CorpusCase(
        name: "crlf line ends",
        yaml: "a: 1\r\nb:\r\n  - x\r\n  - y\r\nc: |\r\n  one\r\n  two\r\n",
        json: #"""
            {
              "a": 1,
              "b": [
                "x",
                "y"
              ],
              "c": "one\ntwo\n"
            }
            """#
    ),
    CorpusCase(
        name: "bom",
        yaml: "\u{FEFF}a: 1\nb: two\n",
        json: #"""
            {
              "a": 1,
              "b": "two"
            }
            """#
    ),
    CorpusCase(
        name: "bom and crlf with document marker",
        yaml: "\u{FEFF}---\r\nkey: value\r\n",
        json: #"""
            {
              "key": "value"
            }
            """#
    ),
    CorpusCase(
        name: "scalars with spaces",
        yaml: "title:   Identity   Management   \nmulti word key: value with  two  spaces\n",
        json: #"""
            {
              "title": "Identity   Management",
              "multi word key": "value with  two  spaces"
            }
            """#
    ),
    CorpusCase(
        name: "plain scalar specials",
        yaml: #"""
            a: -1
            b: -x
            c: ?x
            d: :x
            e: x:y
            f: a,b
            g: a]b
            h: 'c''d'
            i: x'y"z
            j: 100%
            k: a{b}

            """#,
        json: #"""
            {
              "a": -1,
              "b": "-x",
              "c": "?x",
              "d": ":x",
              "e": "x:y",
              "f": "a,b",
              "g": "a]b",
              "h": "c'd",
              "i": "x'y\"z",
              "j": "100%",
              "k": "a{b}"
            }
            """#
    ),
    CorpusCase(
        name: "deep nesting",
        yaml: #"""
            a:
              b:
                c:
                  d:
                    e:
                      - f:
                          - g: 1

            """#,
        json: #"""
            {
              "a": {
                "b": {
                  "c": {
                    "d": {
                      "e": [
                        {
                          "f": [
                            {
                              "g": 1
                            }
                          ]
                        }
                      ]
                    }
                  }
                }
              }
            }
            """#
    ),
    CorpusCase(
        name: "mixed indentation widths",
        yaml: #"""
            a:
                b: 1
                c:
                 - x
                 - y
            d:
             - 1
             - 2

            """#,
        json: #"""
            {
              "a": {
                "b": 1,
                "c": [
                  "x",
                  "y"
                ]
              },
              "d": [
                1,
                2
              ]
            }
            """#
    ),
    CorpusCase(
        name: "mapping in sequence in mapping",
        yaml: #"""
            endpoints:
              inviteUser:
                responses:
                  200: User
                  404: {}
                headers:
                  frontegg-tenant-id: { type: string, required: true, name: tenantId, description: The tenant ID identifier }

            """#,
        json: #"""
            {
              "endpoints": {
                "inviteUser": {
                  "responses": {
                    "200": "User",
                    "404": {}
                  },
                  "headers": {
                    "frontegg-tenant-id": {
                      "type": "string",
                      "required": true,
                      "name": "tenantId",
                      "description": "The tenant ID identifier"
                    }
                  }
                }
              }
            }
            """#
    ),
    CorpusCase(
        name: "numeric and special keys",
        yaml: #"""
            200: ok
            0x1F: hex
            1.5: float
            null: n
            true: t
            "200a": s

            """#,
        json: #"""
            {
              "200": "ok",
              "31": "hex",
              "1.5": "float",
              "null": "n",
              "true": "t",
              "200a": "s"
            }
            """#
    ),
    CorpusCase(
        name: "root scalar",
        yaml: #"""
            just a string

            """#,
        json: #"""
            "just a string"
            """#
    ),
    CorpusCase(
        name: "root quoted scalar",
        yaml: #"""
            "quoted root"

            """#,
        json: #"""
            "quoted root"
            """#
    ),
    CorpusCase(
        name: "root flow",
        yaml: #"""
            [1, {a: b}]

            """#,
        json: #"""
            [
              1,
              {
                "a": "b"
              }
            ]
            """#
    ),
    CorpusCase(
        name: "document marker then block scalar",
        yaml: #"""
            --- |
              text

            """#,
        json: #"""
            "text\n"
            """#
    ),
    CorpusCase(
        name: "document marker then scalar",
        yaml: #"""
            --- plain root

            """#,
        json: #"""
            "plain root"
            """#
    ),
    CorpusCase(
        name: "directive-free json-like",
        yaml: #"""
            {"a": [1, 2, {"b": null}], "c": "d"}

            """#,
        json: #"""
            {
              "a": [
                1,
                2,
                {
                  "b": null
                }
              ],
              "c": "d"
            }
            """#
    ),
    CorpusCase(
        name: "indented root",
        yaml: #"""
              a: 1
              b:
                - x

            """#,
        json: #"""
            {
              "a": 1,
              "b": [
                "x"
              ]
            }
            """#
    ),
    CorpusCase(
        name: "key with trailing spaces before colon",
        yaml: #"""
            a : 1
            'b' : 2

            """#,
        json: #"""
            {
              "a": 1,
              "b": 2
            }
            """#
    ),
    CorpusCase(
        name: "long spec excerpt",
        yaml: #"""
            api:
              name: FronteggIdentity          # module and type prefix of the generated code
              title: Identity Management
              version: "1.0"
              description: |
                Authentication, user management and security features.

            servers:                          # the first is the default
              - name: eu
                url: https://api.frontegg.com/identity
                description: EU Region
              - name: custom
                url: https://{domain}.frontegg.com/identity
                description: Frontegg sub-domain for use with user tokens
                variables:
                  domain: { description: Your Frontegg sub-domain }

            security: bearer                  # every endpoint sends `Authorization: Bearer <token>`

            models:
              RoleResponse:
                description: A role assigned to a user.
                properties:
                  id: { type: string, required: true }
                  level: { type: number, required: true }
                  permissions: { type: array(string), required: true }

            endpoints:
              lockUser:
                group: Users
                summary: Lock user
                method: POST
                path: /resources/users/v1/{userId}/lock
                pathParameters:
                  userId: { type: string, description: The user's ID }
                responses:
                  200: {}                     # success with no body

            """#,
        json: #"""
            {
              "api": {
                "name": "FronteggIdentity",
                "title": "Identity Management",
                "version": "1.0",
                "description": "Authentication, user management and security features.\n"
              },
              "servers": [
                {
                  "name": "eu",
                  "url": "https://api.frontegg.com/identity",
                  "description": "EU Region"
                },
                {
                  "name": "custom",
                  "url": "https://{domain}.frontegg.com/identity",
                  "description": "Frontegg sub-domain for use with user tokens",
                  "variables": {
                    "domain": {
                      "description": "Your Frontegg sub-domain"
                    }
                  }
                }
              ],
              "security": "bearer",
              "models": {
                "RoleResponse": {
                  "description": "A role assigned to a user.",
                  "properties": {
                    "id": {
                      "type": "string",
                      "required": true
                    },
                    "level": {
                      "type": "number",
                      "required": true
                    },
                    "permissions": {
                      "type": "array(string)",
                      "required": true
                    }
                  }
                }
              },
              "endpoints": {
                "lockUser": {
                  "group": "Users",
                  "summary": "Lock user",
                  "method": "POST",
                  "path": "/resources/users/v1/{userId}/lock",
                  "pathParameters": {
                    "userId": {
                      "type": "string",
                      "description": "The user's ID"
                    }
                  },
                  "responses": {
                    "200": {}
                  }
                }
              }
            }
            """#
    ),
    CorpusCase(
        name: "quoted values with colons",
        yaml: #"""
            a: "key: value"
            b: 'x #y: z'
            c: ["a: b"]

            """#,
        json: #"""
            {
              "a": "key: value",
              "b": "x #y: z",
              "c": [
                "a: b"
              ]
            }
            """#
    ),
    CorpusCase(
        name: "comments at odd indentation",
        yaml: #"""
            a:
                  # deep comment
              b: 1
            # column one
              c: 2

            """#,
        json: #"""
            {
              "a": {
                "b": 1,
                "c": 2
              }
            }
            """#
    ),
    CorpusCase(
        name: "literal keep with trailing space-only lines",
        yaml: "a: |+\n  x\n  \n \n",
        json: #"""
            {
              "a": "x\n\n\n"
            }
            """#
    ),
    CorpusCase(
        name: "folded first line more indented",
        yaml: #"""
            a: >2
                indented
              normal
              text

            """#,
        json: #"""
            {
              "a": "  indented\nnormal text\n"
            }
            """#
    ),
    CorpusCase(
        name: "indentation indicator with leading blank line",
        yaml: #"""
            a: |2

                four
              two

            """#,
        json: #"""
            {
              "a": "\n  four\ntwo\n"
            }
            """#
    ),
    CorpusCase(
        name: "sequence items with comments",
        yaml: #"""
            - a # one
            # between
            - b

            -   c   # spaced

            """#,
        json: #"""
            [
              "a",
              "b",
              "c"
            ]
            """#
    ),
    CorpusCase(
        name: "nested empty flows",
        yaml: #"""
            a: [[], {}, [{}], {b: []}]

            """#,
        json: #"""
            {
              "a": [
                [],
                {},
                [
                  {}
                ],
                {
                  "b": []
                }
              ]
            }
            """#
    ),
    CorpusCase(
        name: "escaped quotes in single and double",
        yaml: #"""
            a: 'say "hi"'
            b: "it's"
            c: "\\\""

            """#,
        json: #"""
            {
              "a": "say \"hi\"",
              "b": "it's",
              "c": "\\\""
            }
            """#
    ),
    CorpusCase(
        name: "lone CR line ends",
        yaml: "a: 1\rb: 2\r",
        json: #"""
            {
              "a": 1,
              "b": 2
            }
            """#
    ),
    CorpusCase(
        name: "keys with dashes and dots",
        yaml: #"""
            frontegg-tenant-id: 1
            x.y.z: 2
            -dash: 3

            """#,
        json: #"""
            {
              "frontegg-tenant-id": 1,
              "x.y.z": 2,
              "-dash": 3
            }
            """#
    ),
    CorpusCase(
        name: "block scalars of only empty lines with spaces",
        yaml: "a: |\n\n\n  \nb: |+\n   \n\nc: >-\n \nd: x\n",
        json: #"""
            {
              "a": "",
              "b": "\n\n",
              "c": "",
              "d": "x"
            }
            """#
    ),
    CorpusCase(
        name: "floats near two to the 53",
        yaml: #"""
            - 9007199254740993.0
            - 9223372036854775.5
            - 123456789012345678.0
            - 1e22
            - 5e-324
            - 1.7976931348623157e308

            """#,
        json: #"""
            [
              9007199254740992.0,
              9223372036854776.0,
              1.2345678901234568e+17,
              1e+22,
              5e-324,
              1.7976931348623157e+308
            ]
            """#
    ),
    CorpusCase(
        name: "folded with trailing more indented line",
        yaml: #"""
            a: >
              one
              two
                indented
            b: >+
              x

                y

            """#,
        json: #"""
            {
              "a": "one two\n  indented\n",
              "b": "x\n\n  y\n"
            }
            """#
    ),
]
