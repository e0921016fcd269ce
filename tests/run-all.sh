#!/usr/bin/env bash
# The project's one test command: builds and runs every test suite of every
# language against the sandbox, then prints one closing tally.
#
#   ./tests/run-all.sh            everything
#   ./tests/run-all.sh rust python  only the named suites
#                                   (rust python conformance kotlin swift parity soak bench release android)
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
logs="$repo/target/test-logs"
mkdir -p "$logs"

suites=("$@")
[ ${#suites[@]} -gt 0 ] || suites=(rust python conformance kotlin swift parity soak bench release android)

failed_suites=()
run_suite() {
  local name=$1; shift
  echo "=== $name: $*"
  if "$@" 2>&1 | tee "$logs/$name.log"; then
    echo "=== $name: ok"
  else
    echo "=== $name: FAILED"
    failed_suites+=("$name")
  fi
}

for suite in "${suites[@]}"; do
  case "$suite" in
    rust)   run_suite rust bash -c "cargo test --workspace --all-targets && cargo test --workspace --doc" ;;
    python) [ -x python/run-tests.sh ] && run_suite python python/run-tests.sh ;;
    conformance) run_suite conformance bash tests/conformance/run.sh ;;
    kotlin) [ -x kotlin/run-tests.sh ] && run_suite kotlin kotlin/run-tests.sh ;;
    swift)  [ -x swift/run-tests.sh ] && run_suite swift swift/run-tests.sh ;;
    parity) [ -f tests/parity/check_operations.py ] && run_suite parity bash -c "python3 tests/parity/check_operations.py && python3 tests/parity/check_docs.py --stubs" ;;
    soak)   run_suite soak python3 tests/soak/soak.py --short ;;
    bench)  run_suite bench python3 tests/bench/run.py --quick ;;
    release) run_suite release bash tests/release/run.sh ;;
    android) run_suite android bash tests/android/run.sh ;;
    *) echo "unknown suite $suite"; failed_suites+=("$suite") ;;
  esac
done

# One tally over every runner's own summary lines.
passed=0; failed=0
add() { passed=$((passed + ${1:-0})); failed=$((failed + ${2:-0})); }
for log in "$logs"/*.log; do
  [ -f "$log" ] || continue
  name=$(basename "$log" .log)
  printf '%s\n' "${suites[@]}" | grep -qx "$name" || continue
  # A suite's own plain closing line ("[name: ]N passed, N failed") wins.
  plain=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^([a-z]+: )?[0-9]+ passed, [0-9]+ failed' | tail -1)
  if [ -n "$plain" ]; then
    add "$(sed -n 's/^[a-z: ]*\([0-9]*\) passed.*/\1/p' <<<"$plain")" "$(sed -n 's/.*passed, \([0-9]*\) failed.*/\1/p' <<<"$plain")"
    continue
  fi
  case "$name" in
    rust)
      while read -r p f; do add "$p" "$f"; done < <(sed -n 's/^test result: [A-Za-z]*\. \([0-9]*\) passed; \([0-9]*\) failed.*/\1 \2/p' "$log") ;;
    python|conformance)
      line=$(grep -E '[0-9]+ (passed|failed).* in [0-9.]+s' "$log" | tail -1)
      add "$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+')" "$(grep -oE '[0-9]+ (failed|errors?)\b' <<<"$line" | awk '{s+=$1} END {print s+0}')" ;;
    kotlin)
      line=$(grep -E 'Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+' "$log" | grep -v ' - in ' | tail -1)
      run=$(sed -n 's/.*Tests run: \([0-9]*\), Failures: \([0-9]*\), Errors: \([0-9]*\).*/\1/p' <<<"$line")
      bad=$(sed -n 's/.*Tests run: \([0-9]*\), Failures: \([0-9]*\), Errors: \([0-9]*\).*/\2+\3/p' <<<"$line")
      [ -n "$run" ] && add "$((run - (bad)))" "$((bad))" ;;
    swift)
      line=$(grep -E 'Executed [0-9]+ tests?, with [0-9]+ failures?' "$log" | tail -1)
      run=$(sed -n 's/.*Executed \([0-9]*\) tests*, with \([0-9]*\) failure.*/\1/p' <<<"$line")
      bad=$(sed -n 's/.*Executed \([0-9]*\) tests*, with \([0-9]*\) failure.*/\2/p' <<<"$line")
      [ -n "$run" ] && add "$((run - bad))" "$bad" ;;
    bench)
      grep -q '^bench: ok' "$log" && add 1 0 || add 0 1 ;;
  esac
done

echo
if [ ${#failed_suites[@]} -gt 0 ]; then
  echo "failed suites: ${failed_suites[*]}"
  failed=$((failed > 0 ? failed : ${#failed_suites[@]}))
fi
echo "all: $passed passed, $failed failed"
[ ${#failed_suites[@]} -eq 0 ]
