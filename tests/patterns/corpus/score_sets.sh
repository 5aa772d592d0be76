#!/usr/bin/env bash
# Score a checkout's miner on sets built by build_sets.sh, and on the Loghub dev sample:
#
#     tests/patterns/corpus/score_sets.sh CHECKOUT SETS OUT [SET ...]
#
# One line per set and seed (loghub_ga.py's summary), then the Loghub sample's, printed and
# written to OUT. SET: the folders of SETS (default all). DRAIN3=1 scores drain3 beside;
# LOGHUB_GA (default ../shared/tools/loghub_ga.py from the checkout) is the scorer, PYTHON
# (default python3) the interpreter.
set -uo pipefail
checkout=$(readlink -f "$1"); root=$(readlink -f "$2"); out=$(readlink -f -m "$3"); shift 3
python=${PYTHON:-python3}
cd "$checkout"
scorer=$(readlink -f "${LOGHUB_GA:-../shared/tools/loghub_ga.py}")
export PYTHONPATH=$checkout
drain=(); [ -n "${DRAIN3:-}" ] && drain=(--drain3)
: > "$out"
sets="$*"; [ -z "$sets" ] && sets=$(ls "$root")
for set in $sets; do
  for seed in 0 1 2; do
    [ -d "$root/$set/s$seed" ] || continue
    echo "$set s$seed $("$python" "$scorer" "${drain[@]}" --data "$root/$set/s$seed" 2>&1 | tail -1)" | tee -a "$out"
  done
done
echo "loghub $("$python" "$scorer" "${drain[@]}" 2>&1 | tail -1)" | tee -a "$out"
