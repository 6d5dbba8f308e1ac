#!/usr/bin/env bash
# Builds the DocC documentation of the generated client and fails on any problem in it:
#   1. `swift build` the FronteggIdentity target with its symbol graph (own scratch path, so it
#      never touches .build);
#   2. check-doc-comments.py: every public symbol declared in Generated/ has a doc comment with
#      a summary, its parameters, `- Returns:` and `- Throws:` where they apply;
#   3. `docc convert` the symbol graph with --warnings-as-errors (broken ``links``, unknown
#      parameters, a `- Returns:` on a function that returns nothing...), and fail on any
#      warning or error line it prints.
#
# Usage: Tests/DocC/build-docs.sh [OUTPUT_DIR]
# Everything happens in a temporary folder, removed at the end; pass OUTPUT_DIR to keep the
# documentation archive (OUTPUT_DIR/FronteggIdentity.doccarchive). Needs the Swift toolchain
# (with docc) and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."

module=FronteggIdentity
output=${1:-}

work=$(mktemp -d "${TMPDIR:-/tmp}/apigen-docs.XXXXXX")
trap 'rm -rf "$work"' EXIT

if [[ -n "${DOCC:-}" ]]; then
    docc=$DOCC
elif command -v docc >/dev/null; then
    docc=$(command -v docc)
elif command -v xcrun >/dev/null; then
    docc=$(xcrun --find docc)
else
    docc=$(dirname "$(command -v swift)")/docc
fi

step_start=$SECONDS
step() {
    echo "== $1"
    step_start=$SECONDS
}
done_step() {
    echo "   ($((SECONDS - step_start))s)"
}

step "swift build --target $module, with its symbol graph"
symbols="$work/symbol-graphs"
mkdir -p "$symbols"
swift build --target "$module" --scratch-path "$work/build" \
    -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$symbols" \
    >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
done_step

step "doc comments of every public symbol declared in Generated/$module"
python3 Tests/DocC/check-doc-comments.py "$symbols" "$module" "Generated/$module"
done_step

step "docc convert --warnings-as-errors"
archive="$work/$module.doccarchive"
status=0
"$docc" convert \
    --additional-symbol-graph-dir "$symbols" \
    --output-dir "$archive" \
    --fallback-display-name "$module" \
    --fallback-bundle-identifier "$module" \
    --warnings-as-errors \
    >"$work/docc.log" 2>&1 || status=$?
if [[ $status -ne 0 ]] || grep -Eq "(warning|error):" "$work/docc.log"; then
    cat "$work/docc.log"
    echo "error: docc reported problems in the $module documentation (exit status $status)" >&2
    exit 1
fi
done_step

if [[ -n "$output" ]]; then
    mkdir -p "$output"
    rm -rf "${output:?}/$module.doccarchive"
    cp -R "$archive" "$output/"
    echo "Documentation archive: $output/$module.doccarchive"
fi
echo "The $module documentation builds without warnings."
