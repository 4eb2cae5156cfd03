#!/bin/sh
# Regenerates Reports/<story>.md|.html|.json from every Corpora/<story>/ (run from anywhere).
# The test "Reports are current" fails when these files differ from a fresh run.
set -eu
cd "$(dirname "$0")/.."
swift build --product corroborate >/dev/null
bin="$(swift build --show-bin-path)/corroborate"
mkdir -p Reports
for dir in Corpora/*/; do
    story="$(basename "$dir")"
    [ -f "$dir/truth.json" ] || continue
    for format in md html json; do
        "$bin" report "Corpora/$story" --format "$format" --output "Reports/$story.$format"
    done
    echo "Reports/$story.{md,html,json}"
done
# The seed article on its own: the one-anonymous-origin situation at a glance.
for format in md html json; do
    "$bin" report Corpora/isis-prison-break/mashreq-ar.html --format "$format" --output "Reports/seed-article.$format"
done
echo "Reports/seed-article.{md,html,json}"
