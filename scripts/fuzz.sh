#!/usr/bin/env bash
# `npm run fuzz -- <target|all> [seconds]`: builds the libFuzzer targets
# (cmake preset `fuzz`: clang 14, ASan + UBSan + LeakSanitizer) and runs one
# target, or all of them (two at a time), for `seconds` (default 60) each.
#
#   npm run fuzz -- list              the target names
#   npm run fuzz -- color 600         10 minutes of tests/fuzz/color_fuzz.cpp
#   npm run fuzz -- all 20            every target, 20 s each (the CI run)
#
# The corpus grows in build/fuzz/corpus/<target> (seeded from the committed
# tests/fuzz/corpus/<target>); a crash, leak or timeout leaves its input in
# build/fuzz/artifacts/<target>/ and fails the run. Each run ends with a
# line "fuzz <target>: <runs> runs in <s> s, cov <n>, ft <n>, peak RSS <MB> MB, ok|FAILED"
# (logs: build/fuzz/logs/<target>.txt).
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$SEAMKIT_ROOT"

target="${1:-}"
seconds="${2:-60}"
mapfile -t targets < <(ls tests/fuzz/*_fuzz.cpp | sed -E 's|.*/(.*)_fuzz\.cpp|\1|')
if [ -z "$target" ] || [ "$target" = "list" ]; then
  echo "targets: ${targets[*]} (or all)"
  [ -n "$target" ]; exit $?
fi
if [ "$target" != "all" ] && [[ ! " ${targets[*]} " =~ " $target " ]]; then
  echo "fuzz: unknown target '$target' (targets: ${targets[*]})" >&2
  exit 2
fi
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
  echo "fuzz: seconds must be a positive integer, not '$seconds'" >&2
  exit 2
fi

build=build/fuzz
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake --preset fuzz >/dev/null || exit 1
else
  cmake -S . -B "$build" >/dev/null || exit 1
fi
run=("${targets[@]}"); [ "$target" = "all" ] || run=("$target")
cmake --build "$build" -j2 --target $(printf 'seamkit_%s_fuzz ' "${run[@]}") \
  >"$build/fuzz-build.txt" 2>&1 || { tail -n 40 "$build/fuzz-build.txt"; exit 1; }

# Inputs larger than libFuzzer's default 4 KiB that some targets need: the
# four BlazeFace tensors (~57 KiB of floats), snapshots of a few hundred nodes.
max_len() {
  case "$1" in
    blazeface) echo 65536 ;;
    audit|snapshot_binary|snapshot_json|report_input) echo 16384 ;;
    *) echo 4096 ;;
  esac
}

# Runs one target; prints its summary line; returns non-zero on a finding.
fuzz_one() {
  local name=$1 corpus="$build/corpus/$1" art="$build/artifacts/$1/" log="$build/logs/$1.txt"
  mkdir -p "$corpus" "$art" "$build/logs"
  # Inputs run in one process (no -jobs/-workers fork).
  # -timeout: an input taking over 10 s is a hang; -rss_limit_mb: 2 GB.
  "$build/seamkit_${name}_fuzz" "$corpus" "tests/fuzz/corpus/$name" \
    -max_total_time="$seconds" -max_len="$(max_len "$name")" -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$art" \
    >"$log" 2>&1
  local rc=$?
  local done_line runs cov ft rss
  done_line=$(grep -E '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE|INITED)' "$log" | tail -n 1)
  runs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+)/\1/p' "$log" | tail -n 1)
  cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$done_line")
  ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$done_line")
  rss=$(sed -nE 's/^stat::peak_rss_mb: *([0-9]+)/\1/p' "$log" | tail -n 1)
  local verdict=ok
  if [ $rc -ne 0 ]; then
    verdict=FAILED
    grep -E 'ERROR: |SUMMARY: |fuzz invariant|Test unit written' "$log" | head -n 8
  fi
  echo "fuzz $name: ${runs:-?} runs in $seconds s, cov ${cov:-?}, ft ${ft:-?}, peak RSS ${rss:-?} MB, $verdict"
  return $rc
}

# Targets run side by side, SEAMKIT_FUZZ_JOBS at a time (default 2: one per
# core of a 2-core runner), each in one process; summaries print in order.
jobs_max="${SEAMKIT_FUZZ_JOBS:-2}"
[[ "$jobs_max" =~ ^[1-9][0-9]*$ ]] || jobs_max=2
mkdir -p "$build/logs"
for name in "${run[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs_max" ]; do wait -n; done
  ( fuzz_one "$name" >"$build/logs/$name.summary" 2>&1; echo $? >"$build/logs/$name.rc" ) &
done
wait
failed=()
for name in "${run[@]}"; do
  cat "$build/logs/$name.summary"
  [ "$(cat "$build/logs/$name.rc" 2>/dev/null)" = 0 ] || failed+=("$name")
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: findings in ${failed[*]} (inputs under $build/artifacts/)"
  exit 1
fi
