#!/bin/sh
# Refit the claim matcher's parameters on the training files and rewrite
# Sources/ClaimMatching/Comparison/FittedParameters.swift.
#   ANS stance_train.csv        → contradiction model + threshold (dev is never read)
#   Emergent train.csv          → link threshold, on claims whose id hash mod 5 != 0
#   FNC-1 train_stances/bodies  → headline stance model, on bodies whose id hash mod 5 != 0
# Usage: scripts/fit-matching.sh [SHARED_DIR]   (default ../shared)
set -eu
cd "$(dirname "$0")/.."
SHARED=${1:-../shared}
B="$SHARED/benchmarks/matching"
swift build -c release --product corroborate
OUT=Sources/ClaimMatching/Comparison/FittedParameters.swift
.build/release/corroborate eval fit \
    --ans "$B/ans/stance_train.csv" \
    --emergent "$B/emergent/train.csv" \
    --fnc-stances "$B/fnc1/train_stances.csv" --fnc-bodies "$B/fnc1/train_bodies.csv" > "$OUT.tmp"
mv "$OUT.tmp" "$OUT"
echo "wrote $OUT"
