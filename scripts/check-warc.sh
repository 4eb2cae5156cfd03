#!/usr/bin/env bash
# Cross-checks WARC files written by `corroborate crawl` with an independent reader:
# Python's warcio (https://pypi.org/project/warcio/). Optional, offline-friendly: warcio is
# installed into a private virtualenv on first use; nothing here runs at crawl time.
#
#   scripts/check-warc.sh DIR/crawl.warc.gz [more.warc.gz ...]
#
# For each file: `warcio check` verifies every WARC-Block-Digest and WARC-Payload-Digest, and
# `warcio index` must list every record; the script prints record counts by type.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 FILE.warc[.gz]..." >&2; exit 2; }
VENV="${WARCIO_VENV:-${TMPDIR:-/tmp}/corroborate-warcio-venv}"
if [ ! -x "$VENV/bin/warcio" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet warcio
fi
status=0
for file in "$@"; do
    echo "== $file"
    if ! "$VENV/bin/warcio" check -v "$file" > /tmp/check-warc.$$ 2>&1; then
        status=1
        echo "warcio check FAILED:"; grep -v "^  offset" /tmp/check-warc.$$ | grep -iv "digest pass" | head -20
    else
        echo "warcio check: all digests pass"
    fi
    "$VENV/bin/warcio" index -f warc-type,warc-target-uri,http:status "$file" \
        | python3 -c 'import json,sys,collections
c=collections.Counter(json.loads(l).get("warc-type") for l in sys.stdin)
print("records:", dict(c))'
done
rm -f /tmp/check-warc.$$
exit $status
