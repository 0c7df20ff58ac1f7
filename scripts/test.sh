#!/usr/bin/env bash
# `npm test`: installs what is missing, builds, and runs every test level:
#   1. native GoogleTest suites under ASan + UBSan (ctest)
#   2. the built package in Node (node:test), including the SIMD check
#   3. the shipped type declarations (tsc)
#   4. the built package in Debian's Chromium (playwright-core)
#   5. a short fuzz run: every libFuzzer target for SEAMKIT_FUZZ_SECONDS
#      (default 20) under ASan + UBSan + LSan (scripts/fuzz.sh), one result
# and ends with one line: "seamkit: N passed, N failed, N skipped".
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$SEAMKIT_ROOT"
set -e
bash scripts/setup.sh
bash scripts/build.sh
set +e

log=build/test-logs
mkdir -p "$log"
failed_steps=()

echo "== native tests (ASan + UBSan)"
if [ ! -f build/native-debug/CMakeCache.txt ]; then
  cmake --preset native-debug >/dev/null || failed_steps+=("cmake configure")
fi
if cmake --build build/native-debug -j2 >"$log/native-build.txt" 2>&1; then
  ctest --test-dir build/native-debug --output-on-failure -j2 2>&1 | tee "$log/ctest.txt" | tail -n 4
  [ "${PIPESTATUS[0]}" -eq 0 ] || failed_steps+=("ctest")
else
  tail -n 40 "$log/native-build.txt"
  failed_steps+=("native build")
fi
ctest_pass=$(grep -oE '[0-9]+ tests passed|tests passed, [0-9]+ tests failed out of [0-9]+' "$log/ctest.txt" 2>/dev/null | head -1)
ctest_total=$(sed -nE 's/.* out of ([0-9]+)$/\1/p' "$log/ctest.txt" 2>/dev/null | tail -1)
ctest_failed=$(sed -nE 's/.*, ([0-9]+) tests failed out of.*/\1/p' "$log/ctest.txt" 2>/dev/null | tail -1)
ctest_total=${ctest_total:-0}; ctest_failed=${ctest_failed:-0}

echo "== type declarations (tsc)"
if node_modules/.bin/tsc -p tests/types/tsconfig.json; then tsc_pass=1; tsc_fail=0
else tsc_pass=0; tsc_fail=1; failed_steps+=("tsc"); fi

echo "== Node and Chromium tests (node:test)"
mapfile -t files < <(find tests/web tests/browser -name '*.test.mjs' 2>/dev/null | sort)
node --test --test-concurrency=1 \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$log/node.tap" \
  "${files[@]}"
[ $? -eq 0 ] || failed_steps+=("node tests")
tap_count() { sed -nE "s/^# $1 ([0-9]+)$/\1/p" "$log/node.tap" | tail -1; }
node_pass=$(tap_count pass); node_fail=$(tap_count fail); node_skip=$(tap_count skipped)

echo "== short fuzz run (libFuzzer, ${SEAMKIT_FUZZ_SECONDS:-20} s per target)"
fuzz_t0=$SECONDS
if bash scripts/fuzz.sh all "${SEAMKIT_FUZZ_SECONDS:-20}" 2>&1 | tee "$log/fuzz.txt"; then
  fuzz_pass=1; fuzz_fail=0
else
  fuzz_pass=0; fuzz_fail=1; failed_steps+=("fuzz")
fi
echo "fuzz: $(( SECONDS - fuzz_t0 )) s including the build"

passed=$(( ctest_total - ctest_failed + tsc_pass + ${node_pass:-0} + fuzz_pass ))
failed=$(( ctest_failed + tsc_fail + ${node_fail:-0} + fuzz_fail ))
if [ ${#failed_steps[@]} -gt 0 ]; then
  echo "failed steps: ${failed_steps[*]}"
  [ "$failed" -gt 0 ] || failed=1
fi
echo "seamkit: ${passed} passed, ${failed} failed, ${node_skip:-0} skipped"
[ "$failed" -eq 0 ]
