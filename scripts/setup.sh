#!/usr/bin/env bash
# Installs what seamkit needs on Debian 12; idempotent and quick when all is
# present. Called by `npm test` and `npm run demo`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$SEAMKIT_ROOT"

# Debian packages: command or file that proves each is present.
declare -A need=(
  [emscripten]=/usr/bin/em++
  [binaryen]=/usr/bin/wasm-dis
  [nlohmann-json3-dev]=/usr/include/nlohmann/json.hpp
  [wabt]=/usr/bin/wasm-objdump
  [chromium]=/usr/bin/chromium
  [cmake]=/usr/bin/cmake
  [g++]=/usr/bin/g++
  [libgtest-dev]=/usr/include/gtest/gtest.h
  [python3-sklearn]=/usr/lib/python3/dist-packages/sklearn/__init__.py
  [python3-skimage]=/usr/lib/python3/dist-packages/skimage/__init__.py
  [fonts-dejavu-core]=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
  # fonts of the rendered OCR calibration set (scripts/make-ocr-set.mjs)
  [fonts-liberation2]=/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf
  [fonts-freefont-ttf]=/usr/share/fonts/truetype/freefont/FreeSans.ttf
  [fonts-urw-base35]=/usr/share/fonts/opentype/urw-base35/C059-BdIta.otf
  # the fuzz preset (scripts/fuzz.sh): clang 14 and its libFuzzer runtime
  [clang-14]=/usr/bin/clang++-14
  [libclang-rt-14-dev]=/usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a
)
missing=()
for pkg in "${!need[@]}"; do
  [ -e "${need[$pkg]}" ] || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
  # emscripten needs its recommended clang/lld/node-acorn: install it fully.
  if [[ " ${missing[*]} " == *" emscripten "* ]]; then
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq emscripten >/dev/null
  fi
fi

# npm dependencies from the committed lockfile, when it changed.
if ! cmp -s package-lock.json node_modules/.package-lock.json 2>/dev/null; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.package-lock.json
fi
