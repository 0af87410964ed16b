#!/usr/bin/env bash
# Build the Linux packages of Tuning Data Studio:
#   dist/tunedata-studio-<version>-linux-<arch>.tar.xz  (unpack anywhere; run install.sh for a menu entry)
#   dist/tunedata-studio_<version>_<debarch>.deb        (installs to /opt/tunedata-studio)
#
# Usage: build_scripts/build_linux.sh [--skip-bundle]
#   --skip-bundle  reuse dist/tunedata-studio from an earlier build_bundle.py run
#
# Needs: Python with the project installed (pip install -e .), the pinned PyInstaller
# (pip install -r build_scripts/requirements-build.txt), binutils (strip) and dpkg-deb.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"

if [[ "${1:-}" != "--skip-bundle" ]]; then
    "$PYTHON" build_scripts/build_bundle.py
fi

BUNDLE="dist/tunedata-studio"
if [[ ! -x "$BUNDLE/tunedata-studio" ]]; then
    echo "error: $BUNDLE/tunedata-studio not found; run build_scripts/build_bundle.py first" >&2
    exit 2
fi
VERSION="$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
ARCH="$(uname -m)"
DEB_ARCH="$(dpkg --print-architecture 2>/dev/null || echo amd64)"
STAGE="build/linux-stage"
rm -rf "$STAGE"
mkdir -p "$STAGE"

# --- .tar.xz: the bundle, its icon, a .desktop template and a per-user installer ---
TAR_ROOT="$STAGE/tunedata-studio-$VERSION"
cp -a "$BUNDLE" "$TAR_ROOT"
cp resources/icons/app.png "$TAR_ROOT/tunedata-studio.png"
sed -e "s|@EXEC@|tunedata-studio|" -e "s|@ICON@|tunedata-studio|" \
    build_scripts/linux/tunedata-studio.desktop > "$TAR_ROOT/tunedata-studio.desktop"
cat > "$TAR_ROOT/install.sh" <<'INSTALL'
#!/bin/sh
# Add Tuning Data Studio to this user's application menu, run from where it is unpacked.
set -e
HERE="$(cd "$(dirname "$0")" && pwd)"
APPS="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
ICONS="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$APPS" "$ICONS"
cp "$HERE/tunedata-studio.png" "$ICONS/tunedata-studio.png"
sed "s|^Exec=.*|Exec=\"$HERE/tunedata-studio\" %F|" "$HERE/tunedata-studio.desktop" > "$APPS/tunedata-studio.desktop"
echo "Added Tuning Data Studio to the application menu ($APPS/tunedata-studio.desktop)."
INSTALL
chmod 755 "$TAR_ROOT/install.sh"
TARBALL="dist/tunedata-studio-$VERSION-linux-$ARCH.tar.xz"
# xz, because gzip leaves the Polars library at 49 MB and the archive over 140 MB.
tar -C "$STAGE" -cf - "tunedata-studio-$VERSION" | xz -6 -T0 > "$TARBALL"
echo "wrote $TARBALL ($(du -m "$TARBALL" | cut -f1) MB)"

# --- .deb: /opt/tunedata-studio, a launcher in /usr/bin, menu entry and icon ---
DEB_ROOT="$STAGE/deb"
mkdir -p "$DEB_ROOT/DEBIAN" "$DEB_ROOT/opt" "$DEB_ROOT/usr/bin" \
    "$DEB_ROOT/usr/share/applications" "$DEB_ROOT/usr/share/icons/hicolor/256x256/apps"
cp -a "$BUNDLE" "$DEB_ROOT/opt/tunedata-studio"
ln -s /opt/tunedata-studio/tunedata-studio "$DEB_ROOT/usr/bin/tunedata-studio"
cp resources/icons/app.png "$DEB_ROOT/usr/share/icons/hicolor/256x256/apps/tunedata-studio.png"
sed -e "s|@EXEC@|/opt/tunedata-studio/tunedata-studio|" -e "s|@ICON@|tunedata-studio|" \
    build_scripts/linux/tunedata-studio.desktop > "$DEB_ROOT/usr/share/applications/tunedata-studio.desktop"
INSTALLED_KB="$(du -sk "$DEB_ROOT" | cut -f1)"
# Depends: glibc at least as new as the build machine's, because the bundle links against
# it (a build on Debian 12 needs 2.36). OpenGL and EGL come from the system, because
# PyInstaller leaves them out. So do the X11 client libraries that Qt's xcb platform
# plugin loads: libxcb-icccm and libxcb-keysyms are missing from the bundle whenever the
# build machine lacks them. Fonts cover Chinese and Japanese.
GLIBC_VERSION="$(getconf GNU_LIBC_VERSION | awk '{ print $2 }')"
cat > "$DEB_ROOT/DEBIAN/control" <<CONTROL
Package: tunedata-studio
Version: $VERSION
Section: utils
Priority: optional
Architecture: $DEB_ARCH
Maintainer: Tuning Data Studio maintainers <maintainers@tuningdatastudio.invalid>
Installed-Size: $INSTALLED_KB
Depends: libc6 (>= $GLIBC_VERSION), libegl1, libgl1, libfontconfig1, libxkbcommon0, libxkbcommon-x11-0, libdbus-1-3, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1
Recommends: fonts-noto-cjk
Description: Prepare Amazon Bedrock fine-tuning data from everyday files
 Tuning Data Studio turns spreadsheets, CSV exports, documents and help-desk
 ticket exports into .jsonl training data for Amazon Bedrock model
 customization, uploads it to S3 and launches and watches the job.
CONTROL
find "$DEB_ROOT" -type d -exec chmod 755 {} +
DEB="dist/tunedata-studio_${VERSION}_${DEB_ARCH}.deb"
# --root-owner-group: files belong to root in the package without fakeroot.
dpkg-deb --root-owner-group --build "$DEB_ROOT" "$DEB"
echo "wrote $DEB ($(du -m "$DEB" | cut -f1) MB)"
