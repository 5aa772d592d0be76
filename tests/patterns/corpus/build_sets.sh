#!/usr/bin/env bash
# Build the call-site corpus's labelled sets with a checkout's extractor and generator
# (docs/patterns.md § The call-site corpus):
#
#     tests/patterns/corpus/build_sets.sh CHECKOUT OUT [SET ...]
#
# SET is `dev` (rounds 1-3's development programs) or `rN` (round N's programs, N >= 4);
# none given: every set. For each set: extract.py --only <its programs> into
# OUT/SET/statements.jsonl, then generate.py seeds 0, 1 and 2 into OUT/SET/s0..s2 (with
# --held-out when every program of the set is held out). Sets are built in parallel.
# MIRRORS (default /work/.mirror) holds the programs' git copies; PYTHON (default python3)
# the interpreter with the project's dependencies. A program without a copy stops its set,
# unless SKIP_MISSING=1: then it is left out, named in OUT/SET/missing.txt (a session can
# fetch fewer repositories than the corpus has programs; two checkouts compared on sets
# built so read the same lines, but those lines are not the full set's).
set -euo pipefail
checkout=$(readlink -f "$1"); out=$(readlink -f -m "$2"); shift 2
mirrors=${MIRRORS:-/work/.mirror}; python=${PYTHON:-python3}
cd "$checkout"
export PYTHONPATH=$checkout
sets="$*"
if [ -z "$sets" ]; then
  sets=$("$python" -c "
from tests.patterns.corpus.sources import PROGRAMS
print('dev', *sorted({'r%d' % p.rules for p in PROGRAMS if p.rules > 3}, key=lambda s: int(s[1:])))")
fi
for set in $sets; do (
  read -r names held < <("$python" -c "
from tests.patterns.corpus.sources import PROGRAMS
s = '$set'
chosen = [p for p in PROGRAMS
          if (not p.held_out and p.rules <= 3 if s == 'dev' else p.rules == int(s[1:]))]
print(','.join(p.name for p in chosen), int(all(p.held_out for p in chosen)))")
  mkdir -p "$out/$set"
  if [ "${SKIP_MISSING:-0}" = 1 ]; then
    read -r names left < <("$python" -c "
import pathlib
from tests.patterns.corpus.extract import git_dir
from tests.patterns.corpus.sources import by_name
names = '$names'.split(',')
have = [n for n in names if git_dir(pathlib.Path('$mirrors'), by_name(n).repo)]
print(','.join(have), ','.join(n for n in names if n not in have) or '-')")
    echo "$left" | tr ',' '\n' | grep -v '^-$' > "$out/$set/missing.txt" || true
  fi
  "$python" tests/patterns/corpus/extract.py --mirrors "$mirrors" --only ${names//,/ } \
      --out "$out/$set/statements.jsonl" 2>"$out/$set/extract.log"
  flag=""; [ "$held" = 1 ] && flag=--held-out
  for seed in 0 1 2; do
    "$python" tests/patterns/corpus/generate.py --seed $seed $flag --only ${names//,/ } \
        --statements "$out/$set/statements.jsonl" --out "$out/$set/s$seed" 2>/dev/null
  done
  echo "$set: $(wc -l < "$out/$set/statements.jsonl") statements"
) & done
wait
