#!/usr/bin/env bash
# Vendor the two browser scripts the offline HTML inlines (`make vendor`):
#   kit/_vendor/embed-amd.js  from @jupyter-widgets/html-manager (renders saved widget state)
#   kit/_vendor/require.js    from requirejs (the AMD loader embed-amd.js needs)
# Fetched from the npm registry at build time; kit/_vendor/ is gitignored, never committed.
# Versions are pinned so re-rendering a case gives the same bytes.
set -euo pipefail

HTML_MANAGER_VERSION="${HTML_MANAGER_VERSION:-1.0.15}"
REQUIREJS_VERSION="${REQUIREJS_VERSION:-2.3.8}"

root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/kit/_vendor"
if [[ -s "$dest/embed-amd.js" && -s "$dest/require.js" && "${1:-}" != "--force" ]]; then
    echo "kit/_vendor/ already holds embed-amd.js and require.js (use --force to refetch)"
    exit 0
fi

command -v npm >/dev/null 2>&1 || { echo "tools/vendor.sh: npm is needed (Debian: apt-get install -y npm)" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
# `npm pack` fetches only the named tarballs (no dependency tree, no install scripts).
npm pack --silent "@jupyter-widgets/html-manager@${HTML_MANAGER_VERSION}" "requirejs@${REQUIREJS_VERSION}" >/dev/null
mkdir hm rq
tar -xzf jupyter-widgets-html-manager-"${HTML_MANAGER_VERSION}".tgz -C hm
tar -xzf requirejs-"${REQUIREJS_VERSION}".tgz -C rq

mkdir -p "$dest"
cp hm/package/dist/embed-amd.js "$dest/embed-amd.js"
cp rq/package/require.js "$dest/require.js"
printf '{"@jupyter-widgets/html-manager": "%s", "requirejs": "%s"}\n' \
    "$HTML_MANAGER_VERSION" "$REQUIREJS_VERSION" > "$dest/versions.json"
echo "vendored into kit/_vendor/: embed-amd.js (html-manager $HTML_MANAGER_VERSION), require.js (requirejs $REQUIREJS_VERSION)"
