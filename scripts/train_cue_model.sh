#!/bin/sh
# Refit the English cue model on PolNeAR train (run from the package root; needs ../shared).
set -e
TRAIN=${1:-../shared/benchmarks/attribution/polnear_train.jsonl}
swift build -c release --product corroborate
.build/release/corroborate claims --dump-features --from-jsonl "$TRAIN" > /tmp/corroborate-cue-features.jsonl
python3 scripts/train_cue_model.py "$TRAIN" /tmp/corroborate-cue-features.jsonl
