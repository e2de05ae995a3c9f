#!/usr/bin/env bash
# Accuracy of `koreaevents truth` per algorithm on the public truth-discovery datasets (and synthetic data with
# copiers), beside the best published figure measured for established implementations. Not run in CI.
#
# usage: benchmarks/peers/truth-accuracy.sh [PEERS_DIR]
#   PEERS_DIR holds convert_real.py, gen_synthetic.py and data/ (default: ../shared/peers beside the repository,
#   or $PEERS). Needs python3 (stdlib only) and the .NET SDK.
#
# Scoring is done by the tool itself (`--truth truth.csv`): a chosen value is correct when its key equals the true
# value's key (trimmed, white space collapsed, lower-cased; numbers by value). Book values are convert_real.py's
# author "token bags", compared whole.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PEERS=${1:-${PEERS:-$ROOT/../shared/peers}}
if [[ ! -f "$PEERS/convert_real.py" ]]; then
  echo "error: $PEERS/convert_real.py not found; pass the peers directory as the first argument." >&2
  exit 2
fi

dotnet build "$ROOT/src/KoreaEvents.Cli" -c Release -v quiet -nologo >/dev/null
TOOL="$ROOT/src/KoreaEvents.Cli/bin/Release/net10.0/koreaevents"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

declare -A PUBLISHED=([book]=0.86 [flights]=0.958 [population]=0.847 [weather]=0.654 [synthetic-copiers]=0.89)
DATASETS=(book flights population weather population_daz45)
for ds in "${DATASETS[@]}"; do
  python3 "$PEERS/convert_real.py" "$ds" "$WORK/$ds" >/dev/null
done
# Synthetic data with copiers of the worst sources (majority vote falls to about 0.77 here).
python3 "$PEERS/gen_synthetic.py" --claims 20000 --copiers 10 --copy-from worst --seed 7 --out "$WORK/synthetic-copiers" >/dev/null
DATASETS+=(synthetic-copiers)
# Synthetic guard rails (other seeds and settings, no published figure): no copiers; copiers of random sources; many
# low-accuracy sources; sparse objects; few values with concentrated errors; very uneven source activity. The
# defaults must not lose to vote or TruthFinder on any of them.
declare -A SYNTHETIC=(
  [syn-plain]="--claims 20000 --seed 1"
  [syn-random-copiers]="--claims 20000 --seed 2 --copiers 10 --copy-from random"
  [syn-worst-copiers]="--claims 20000 --seed 3 --copiers 15 --copy-from worst --copy-rate 0.8"
  [syn-low-accuracy]="--claims 20000 --seed 4 --acc-min 0.4 --acc-max 0.8 --bad-frac 0.4"
  [syn-sparse]="--claims 20000 --seed 5 --avg-claims 3 --min-sources 1 --copiers 5 --copy-from worst"
  [syn-skewed-errors]="--claims 20000 --seed 6 --domain 3 --false-skew 2 --copiers 8 --copy-from worst"
  [syn-uneven-activity]="--claims 50000 --seed 8 --activity-sigma 2 --copiers 10 --copy-from random"
)
for ds in syn-plain syn-random-copiers syn-worst-copiers syn-low-accuracy syn-sparse syn-skewed-errors syn-uneven-activity; do
  # shellcheck disable=SC2086 # the settings are separate arguments
  python3 "$PEERS/gen_synthetic.py" ${SYNTHETIC[$ds]} --out "$WORK/$ds" >/dev/null
  DATASETS+=("$ds")
done

field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p"; }

ALGORITHMS=(vote truthfinder sums averagelog investment pooledinvestment independence independence-pairs)
printf '| dataset | claims | objects scored | best published | vote | truthfinder | sums | averagelog | investment | pooledinvestment | independence (ours) | independence-pairs (ours, without echoes) |\n'
printf '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for ds in "${DATASETS[@]}"; do
  row="| $ds"
  cells=""
  claims="" scored=""
  for algorithm in "${ALGORITHMS[@]}"; do
    line=$("$TOOL" truth "$WORK/$ds/claims.csv" --truth "$WORK/$ds/truth.csv" --algorithm "$algorithm")
    claims=$(field claims <<<"$line")
    scored=$(field scored <<<"$line")
    cells+=" | $(field accuracy <<<"$line") ($(field run_ms <<<"$line") ms)"
  done
  echo "$row | $claims | $scored | ${PUBLISHED[$ds]:--}$cells |"
done
echo
echo "Times in brackets: the algorithm alone, in-process (reading the CSV excluded)."
