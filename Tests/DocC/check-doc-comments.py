#!/usr/bin/env python3
"""Checks the doc comments of every public symbol declared in a module's source files.

Usage: check-doc-comments.py SYMBOL_GRAPH_DIR MODULE SOURCE_DIR

Reads the symbol graphs `swift build -Xswiftc -emit-symbol-graph` wrote for MODULE (its own
file and the ones for its extensions of other modules) and, for each public symbol that has a
source location (so not the members the compiler synthesizes or inherits), requires a doc
comment of its own with a summary and, for functions, every parameter under
`- Parameter name:` or `- Parameters:`, a `- Returns:` when the result is not `Void`, and a
`- Throws:` when it throws. DocC itself does not require any of this.

Stored properties, enum cases, and the parameters of a model's memberwise initializer, are
documented only where the spec says something about them: apigen leaves out comments that would
only repeat the name (`/// The `id` field.`, `/// The value `"local"`.`). A comment they do have
must still start with a summary.

Prints one line per problem, `file:line: error: message`, and exits 1 when there is any.
"""

import glob
import json
import os
import re
import sys

FUNCTION_KINDS = {
    "swift.func", "swift.method", "swift.type.method", "swift.init", "swift.func.op",
    "swift.subscript", "swift.type.subscript",
}
PARAMETER_LINE = re.compile(r"^\s*-\s+(?:Parameter\s+)?([^\s:]+)\s*:")


def problems_of(symbol, module):
    name = "/".join(symbol["pathComponents"])
    doc = symbol.get("docComment")
    kind = symbol["kind"]["identifier"]
    # A doc comment from another module is one the compiler inherited from a protocol.
    if not doc or doc.get("module", module) != module:
        if kind in ("swift.property", "swift.enum.case"):
            return []
        return [f"'{name}' has no doc comment"]
    lines = [line["text"] for line in doc.get("lines", [])]
    if not lines or not lines[0].strip() or lines[0].lstrip().startswith("- "):
        return [f"'{name}' has no summary: its doc comment must start with a sentence"]
    problems = []
    if kind in FUNCTION_KINDS:
        signature = symbol.get("functionSignature", {})
        documented = set()
        in_list = False
        for line in lines:
            stripped = line.strip()
            if stripped.startswith("- Parameters:"):
                in_list = True
                continue
            match = PARAMETER_LINE.match(line)
            if match and (in_list or stripped.startswith("- Parameter ")):
                documented.add(match.group(1))
            elif stripped.startswith("- ") and not line.startswith("  "):
                in_list = False
        for parameter in [] if kind == "swift.init" else signature.get("parameters", []):
            # Documented by the name the body uses: `decoder` in `init(from decoder: any Decoder)`.
            parameter_name = parameter.get("internalName", parameter["name"])
            if parameter_name not in documented:
                problems.append(f"'{name}' does not document its parameter '{parameter_name}'")
        returns = "".join(fragment["spelling"] for fragment in signature.get("returns", []))
        if returns not in ("", "()", "Void") and not any(l.strip().startswith("- Returns:") for l in lines):
            problems.append(f"'{name}' returns {returns} but has no '- Returns:'")
        throws = any(
            fragment["kind"] == "keyword" and fragment["spelling"] in ("throws", "rethrows")
            for fragment in symbol.get("declarationFragments", [])
        )
        if throws and not any(l.strip().startswith("- Throws:") for l in lines):
            problems.append(f"'{name}' throws but has no '- Throws:'")
    return problems


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    folder, module = sys.argv[1], sys.argv[2]
    # The module re-exports the runtime, whose symbols its graph then holds too: only the ones
    # declared under SOURCE_DIR are the module's own.
    sources = os.path.abspath(sys.argv[3]) + os.sep
    paths = sorted(glob.glob(os.path.join(folder, f"{module}.symbols.json")))
    paths += sorted(glob.glob(os.path.join(folder, f"{module}@*.symbols.json")))
    if not paths:
        sys.exit(f"error: no symbol graph for {module} in {folder}")
    errors = 0
    checked = 0
    for path in paths:
        with open(path, encoding="utf-8") as file:
            graph = json.load(file)
        for symbol in graph["symbols"]:
            location = symbol.get("location")
            if not location or symbol.get("accessLevel") not in ("public", "open"):
                continue
            uri = location["uri"].removeprefix("file://")
            if not os.path.abspath(uri).startswith(sources):
                continue
            checked += 1
            line = location["position"]["line"] + 1
            for problem in problems_of(symbol, module):
                print(f"{uri}:{line}: error: {problem}")
                errors += 1
    print(f"{checked} public symbols declared in {module}'s sources, {errors} doc comment problems")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
