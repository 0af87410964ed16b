#!/usr/bin/env bash
# Build the macOS app and disk image of Tuning Data Studio:
#   dist/Tuning Data Studio.app
#   dist/TuningDataStudio-<version>-macos-<arch>.dmg
#
# Signing and notarisation run only when their environment variables are set. Without
# them the script builds an ad-hoc-signed app, which runs on the build machine, and prints
# which steps it skipped.
#   MACOS_SIGN_IDENTITY   a "Developer ID Application: Name (TEAMID)" identity in the keychain
#   Notarisation, either a stored notarytool profile:
#   MACOS_NOTARY_PROFILE  made once with `xcrun notarytool store-credentials NAME`
#   or an Apple ID with an app-specific password:
#   MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID, MACOS_NOTARY_PASSWORD
#
# Usage: build_scripts/build_macos.sh [--skip-bundle]
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"

if [[ "${1:-}" != "--skip-bundle" ]]; then
    "$PYTHON" build_scripts/build_bundle.py
fi

APP="dist/Tuning Data Studio.app"
if [[ ! -d "$APP" ]]; then
    echo "error: $APP not found; the spec builds it only on macOS" >&2
    exit 2
fi
VERSION="$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
ARCH="$(uname -m)"
DMG="dist/TuningDataStudio-$VERSION-macos-$ARCH.dmg"
ENTITLEMENTS="build_scripts/macos/entitlements.plist"

# --- code signing: every binary inside, then the app, with the hardened runtime ---
if [[ -n "${MACOS_SIGN_IDENTITY:-}" ]]; then
    echo "signing $APP as $MACOS_SIGN_IDENTITY"
    # Sign nested code from the inside out: every Mach-O file, then each framework bundle
    # (Qt's), deepest first, then the app. --deep is not used because it would not give
    # every item the entitlements and timestamp.
    sign() {
        codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
            --sign "$MACOS_SIGN_IDENTITY" "$1"
    }
    find "$APP/Contents" -type f \( -name "*.dylib" -o -name "*.so" -o -perm -u+x \) -print0 |
        while IFS= read -r -d '' binary; do
            if file "$binary" | grep -q "Mach-O"; then
                sign "$binary"
            fi
        done
    find "$APP/Contents" -type d -name "*.framework" |
        awk -F/ '{ print NF "\t" $0 }' | sort -rn | cut -f2- |
        while IFS= read -r framework; do
            sign "$framework"
        done
    sign "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
else
    echo "MACOS_SIGN_IDENTITY not set: skipping Developer ID signing; the app is signed ad hoc" \
        "and Gatekeeper will block it on other Macs"
    codesign --force --deep --sign - "$APP"
fi

# --- disk image: the app and a link to /Applications ---
STAGE="build/dmg-stage"
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "Tuning Data Studio $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
if [[ -n "${MACOS_SIGN_IDENTITY:-}" ]]; then
    codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
fi

# --- notarisation: submit the signed disk image, wait for Apple's verdict, staple ---
notary_auth=()
if [[ -n "${MACOS_NOTARY_PROFILE:-}" ]]; then
    notary_auth=(--keychain-profile "$MACOS_NOTARY_PROFILE")
elif [[ -n "${MACOS_NOTARY_APPLE_ID:-}" && -n "${MACOS_NOTARY_TEAM_ID:-}" && -n "${MACOS_NOTARY_PASSWORD:-}" ]]; then
    notary_auth=(--apple-id "$MACOS_NOTARY_APPLE_ID" --team-id "$MACOS_NOTARY_TEAM_ID" --password "$MACOS_NOTARY_PASSWORD")
fi
if [[ -z "${MACOS_SIGN_IDENTITY:-}" ]]; then
    echo "skipping notarisation: Apple notarises only Developer ID-signed code (set MACOS_SIGN_IDENTITY)"
elif [[ ${#notary_auth[@]} -eq 0 ]]; then
    echo "skipping notarisation: set MACOS_NOTARY_PROFILE, or MACOS_NOTARY_APPLE_ID," \
        "MACOS_NOTARY_TEAM_ID and MACOS_NOTARY_PASSWORD"
else
    echo "submitting $DMG for notarisation (this waits for Apple's verdict)"
    # `notarytool submit --wait` exits 0 whenever Apple returns a verdict, also "Invalid",
    # so the status in its JSON output decides.
    result="$(xcrun notarytool submit "$DMG" "${notary_auth[@]}" --wait --output-format json)"
    echo "$result"
    status="$(printf '%s' "$result" | "$PYTHON" -c 'import json, sys; print(json.load(sys.stdin).get("status", ""))')"
    if [[ "$status" != "Accepted" ]]; then
        submission="$(printf '%s' "$result" | "$PYTHON" -c 'import json, sys; print(json.load(sys.stdin).get("id", ""))')"
        echo "error: notarisation status is '$status'; Apple's log:" >&2
        xcrun notarytool log "$submission" "${notary_auth[@]}" >&2 || true
        exit 1
    fi
    xcrun stapler staple "$DMG"
    xcrun stapler validate "$DMG"
fi

echo "wrote $DMG ($(du -m "$DMG" | cut -f1) MB)"
