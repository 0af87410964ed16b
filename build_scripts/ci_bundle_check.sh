#!/usr/bin/env bash
# Build the frozen Linux program and run its --self-test; fail on a non-zero exit code or
# on any line starting with ERROR. Called from .ci/run; takes about 1-2 minutes on 2 cores.
#
# Installs what it needs: the pinned PyInstaller (pip) and binutils for `strip` (apt-get,
# only when strip is missing). Expects the project installed (pip install -e .).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"

if ! command -v strip >/dev/null 2>&1; then
    echo "installing binutils for strip"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends binutils >/dev/null
fi
"$PYTHON" -m pip install --quiet -r build_scripts/requirements-build.txt

started=$(date +%s)
"$PYTHON" build_scripts/build_bundle.py --clean
built=$(date +%s)

BUNDLE="dist/tunedata-studio"
OUTPUT="build/selftest-output.txt"
set +e
# The self-test writes its log under the user's log folder; keep CI's away from $HOME.
XDG_STATE_HOME="$ROOT/build/xdg-state" XDG_CACHE_HOME="$ROOT/build/xdg-cache" \
    "$BUNDLE/tunedata-studio" --self-test >"$OUTPUT" 2>&1
status=$?
set -e
cat "$OUTPUT"

echo "bundle: $(( $(du -sb "$BUNDLE" | cut -f1) / 1000000 )) MB unpacked, built in $((built - started)) s," \
    "self-test in $(( $(date +%s) - built )) s"
if [[ $status -ne 0 ]]; then
    echo "bundle self-test FAILED: exit code $status" >&2
    exit 1
fi
if grep -q '^ERROR' "$OUTPUT"; then
    echo "bundle self-test FAILED: it printed ERROR lines" >&2
    exit 1
fi
echo "bundle self-test passed"
