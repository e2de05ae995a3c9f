#!/usr/bin/env bash
# Accept snapshots: move every *.received.* file under tests/ over its *.verified.* file.
# Read each difference first (git diff after running this shows it): a snapshot that locks a wrong
# answer is a bug, not a test.
set -euo pipefail
cd "$(dirname "$0")"
count=0
while IFS= read -r -d '' received; do
  verified="${received/.received./.verified.}"
  mv -f "$received" "$verified"
  echo "accepted: $verified"
  count=$((count + 1))
done < <(find . -name '*.received.*' -print0)
echo "$count snapshot(s) accepted"
