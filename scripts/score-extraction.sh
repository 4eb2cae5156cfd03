#!/bin/sh
# Cross-checks `corroborate bench ingest` against the benchmark's own scorer:
# dumps one <id>.json ({"articleBody": ...}) per page, the directory format that
# ../shared/tools/score_extraction.py loads, and runs the scorer on it.
# Usage: scripts/score-extraction.sh [DATA_DIR]   (default ../shared/benchmarks/extraction)
set -eu
cd "$(dirname "$0")/.."
data="${1:-../shared/benchmarks/extraction}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
swift build -c release --product corroborate >/dev/null
"$(swift build -c release --show-bin-path)/corroborate" bench ingest --data "$data" --repeats 1 --dump "$out/pred"
python3 "$(dirname "$data")/../tools/score_extraction.py" --gt "$data/ground-truth.json" --pred "$out/pred" \
    --name corroborate --n-bootstrap 200
