#!/usr/bin/env bash
# Installs what is missing, builds, and serves the demo on 127.0.0.1:8080.
# `npm run demo -- --isolate` adds COOP/COEP (ONNX Runtime threads).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$SEAMKIT_ROOT"
bash scripts/setup.sh
bash scripts/build.sh
node scripts/build-demo.mjs
exec node scripts/demo-server.mjs "$@"
