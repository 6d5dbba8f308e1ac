#!/usr/bin/env bash
# Fuzzes apigen's YAML-lite parser with libFuzzer.
#
#   Tests/Fuzz/run-fuzzer.sh [seconds]      # default: 60
#
# Compiles Tests/Fuzz/FuzzYAMLLite.swift with Sources/YAMLLite/*.swift into a fuzzer (address
# sanitizer on, optimized, with debug info) in a temporary work folder, seeds a corpus from
# Specs/*.yaml and every fixture spec, and runs it for the given time. An input that crashes,
# traps (a broken rule of FuzzYAMLLite.swift), leaks, or takes over 10 seconds is saved under
# <work>/artifacts/ and the script exits non-zero, keeping the work folder; it exits 0 when
# nothing was found, and removes the temporary work folder.
#
# Environment: APIGEN_FUZZ_WORK=DIR uses (and keeps) DIR as the work folder, so the corpus grows
# from run to run; APIGEN_FUZZ_JOBS=N runs N fuzzer processes in parallel (default 1).
# Reproduce a crash with: <work>/fuzz-yamllite <work>/artifacts/crash-...
set -euo pipefail

seconds="${1:-60}"
case "$seconds" in
    '' | *[!0-9]*) echo "usage: $0 [seconds]" >&2; exit 2 ;;
esac
jobs="${APIGEN_FUZZ_JOBS:-1}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="${APIGEN_FUZZ_WORK:-$(mktemp -d "${TMPDIR:-/tmp}/apigen-fuzz.XXXXXX")}"
mkdir -p "$work/corpus" "$work/artifacts"
fuzzer="$work/fuzz-yamllite"

# lld, when the toolchain has it, links the sanitizer runtimes without gold's warnings.
linker=()
if [ -x "$(dirname "$(command -v swiftc)")/ld.lld" ]; then linker=(-use-ld=lld); fi

echo "Building $fuzzer"
swiftc -sanitize=fuzzer,address -parse-as-library -O -g "${linker[@]}" \
    -module-name YAMLLiteFuzz \
    "$root"/Sources/YAMLLite/*.swift "$root/Tests/Fuzz/FuzzYAMLLite.swift" \
    -o "$fuzzer"

# Seeds: the real specs and every fixture spec, named after their paths so none overwrites another.
seeds=0
while IFS= read -r -d '' file; do
    relative="${file#"$root"/}"
    cp "$file" "$work/corpus/seed-${relative//\//_}"
    seeds=$((seeds + 1))
done < <(find "$root/Specs" "$root/Tests/GeneratorCoreTests/Fixtures" -name '*.yaml' -type f -print0)
echo "Seeded $work/corpus with $seeds spec files"

# The tokens YAML-lite and the spec format care about, so mutations build them whole.
cat > "$work/yaml-lite.dict" <<'DICT'
"- "
": "
":"
"---"
"..."
"? "
"&anchor "
"*alias"
"!!str "
"%YAML 1.2"
"|"
"|-"
"|+"
"|2"
">"
">-"
" # "
"#"
"\""
"'"
"''"
"\\\""
"\\u00e9"
"\\x41"
"\\U0001F600"
"\\q"
"["
"]"
"{"
"}"
", "
"{}"
"[]"
"\x09"
"\x0d\x0a"
"\x0d"
"\xef\xbb\xbf"
"\xc3\xa9"
"\xe2\x98\x95"
"~"
"null"
"true"
"0x1F"
"0o17"
"1e3"
".inf"
".nan"
"api:"
"endpoints:"
"models:"
"properties:"
"type: "
"array(string)"
"  "
"    "
DICT

echo "Fuzzing for $seconds seconds with $jobs job(s); crashing inputs go to $work/artifacts/"
status=0
fuzzer_options=(
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1
    -artifact_prefix="$work/artifacts/" -dict="$work/yaml-lite.dict"
)
if [ "$jobs" -gt 1 ]; then
    fuzzer_options+=(-fork="$jobs" -ignore_crashes=0)
fi
"$fuzzer" "${fuzzer_options[@]}" "$work/corpus" || status=$?

if [ "$status" -ne 0 ] || [ -n "$(ls -A "$work/artifacts")" ]; then
    echo "The fuzzer found a problem (exit status $status). Inputs:" >&2
    ls -l "$work/artifacts" >&2
    exit $((status == 0 ? 1 : status))
fi
if [ -z "${APIGEN_FUZZ_WORK:-}" ]; then
    rm -rf "$work"
    echo "No crash in $seconds seconds."
else
    echo "No crash in $seconds seconds. Corpus: $work/corpus ($(ls "$work/corpus" | wc -l) inputs)"
fi
