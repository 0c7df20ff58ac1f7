# Sourced by the scripts: environment for Debian's emscripten 3.1.6.
# Without NODE_PATH, em++ links at -O2 and above fail to find 'acorn'.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
export SEAMKIT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
