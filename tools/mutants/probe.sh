#!/usr/bin/env bash
# Plants one hand-written mutation in a source file, runs the given test project (optionally filtered), and puts the file
# back whatever happens. "killed" when the tests fail. Used to show that a named test fails when the behaviour it names
# breaks (docs/testing.md lists the probes run); Stryker.NET does the same at scale.
#   tools/mutants/probe.sh FILE 'PYTHON-REGEX' 'REPLACEMENT' TEST-PROJECT [FILTER]
set -uo pipefail
file=$1 pattern=$2 replacement=$3 project=$4 filter=${5:-}
cd "$(dirname "$0")/../.."
backup=$(mktemp)
cp "$file" "$backup"
trap 'cp "$backup" "$file"; rm -f "$backup"' EXIT
python3 - "$file" "$pattern" "$replacement" <<'PY'
import re, sys
path, pattern, replacement = sys.argv[1:4]
text = open(path, encoding='utf-8').read()
mutated, n = re.subn(pattern, replacement, text, count=1)
if n != 1:
    sys.exit(f"pattern not found in {path}: {pattern}")
open(path, 'w', encoding='utf-8').write(mutated)
PY
[ $? -eq 0 ] || exit 3
args=(test "$project" --nologo -v q)
[ -n "$filter" ] && args+=(--filter "$filter")
if dotnet "${args[@]}" >/tmp/probe.log 2>&1; then
  echo "SURVIVED  $file  /$pattern/ → /$replacement/"
  exit 1
fi
if grep -q "error CS" /tmp/probe.log; then echo "COMPILE-ERROR  $file"; exit 3; fi
echo "killed    $file  /$pattern/ → /$replacement/  ($(grep -oE "[A-Za-z0-9_]+ \[FAIL\]" /tmp/probe.log | head -3 | sed "s/ \[FAIL\]//" | tr '\n' ' '))"
