#!/usr/bin/env bash
# zwgk check against its baseline, zwgk outbox list --format json, on the same demo store, in one run: each command
# runs REPS times, interleaved (check, list, check, list …) so machine load hits both alike; medians of wall-clock
# and user CPU. `zwgk --version` (JVM start only) is measured too, so that growth can be read without it.
# Both run as users run them, through the launcher bin/zwgk (its JVM options for short commands); ZWGK_LAUNCH=jar runs
# them with plain `java -jar cli/target/zwgk.jar` (the JVM's defaults) instead.
# Usage: benchmarks/check-vs-outbox.sh DEMO_DIR... (each made by `zwgk demo --out DIR --items N`); REPS=5 by default.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/cli/target/zwgk.jar"
if [ "${ZWGK_LAUNCH:-launcher}" = jar ]; then
  zwgk=("${JAVA_HOME:+$JAVA_HOME/bin/}java" -jar "$jar") # the JVM the launcher would take
else
  zwgk=(env ZWGK_JAR="$jar" sh "$root/bin/zwgk")
fi
reps="${REPS:-5}"
failed=/tmp/zwgk-bench-failed-$$
rm -f "$failed"
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
run() { # label, command...: prints "wall user" seconds (GNU time); exit 0 or 1 (findings) only, else it stops
  local rc=0
  /usr/bin/time -o /tmp/zwgk-bench-time-$$ -f "%e %U" "${@:2}" > /dev/null 2>/tmp/zwgk-bench-err-$$ || rc=$?
  if [ "$rc" -gt 1 ]; then echo "$1 failed (exit $rc):" >&2; cat /tmp/zwgk-bench-err-$$ >&2; touch "$failed"; fi
  tail -1 /tmp/zwgk-bench-time-$$
}
printf '%-28s %6s %6s %9s %9s %9s %9s %9s %7s\n' store items outbox jvm_wall list_wall check_wall list_user check_user ratio
for dir in "$@"; do
  url="jdbc:h2:file:$(cd "$dir" && pwd)/db/zwgk"
  "${zwgk[@]}" outbox list --store "$url" --format json --limit 10000000 > /tmp/zwgk-bench-list-$$.json
  entries=$(grep -c '"idempotencyKey"' /tmp/zwgk-bench-list-$$.json)
  items=$(grep -o '"item":"[^"]*"' /tmp/zwgk-bench-list-$$.json | sort -u | wc -l)
  rm -f /tmp/zwgk-bench-list-$$.json
  : > /tmp/zwgk-bench-$$
  for r in $(seq "$reps"); do
    echo "jvm $(run jvm "${zwgk[@]}" --version)" >> /tmp/zwgk-bench-$$
    echo "check $(run check "${zwgk[@]}" check --store "$url" --site "$dir/site" \
      --catalogue "$dir/standard-catalogue.yaml" --as-of 2025-12-31 --format json -o /tmp/zwgk-bench-check-$$.json)" \
      >> /tmp/zwgk-bench-$$
    echo "list $(run list "${zwgk[@]}" outbox list --store "$url" --format json --limit 10000000)" >> /tmp/zwgk-bench-$$
    if [ -e "$failed" ]; then rm -f "$failed"; exit 2; fi
  done
  jw=$(awk '$1=="jvm"{print $2}' /tmp/zwgk-bench-$$ | median)
  lw=$(awk '$1=="list"{print $2}' /tmp/zwgk-bench-$$ | median)
  cw=$(awk '$1=="check"{print $2}' /tmp/zwgk-bench-$$ | median)
  lu=$(awk '$1=="list"{print $3}' /tmp/zwgk-bench-$$ | median)
  cu=$(awk '$1=="check"{print $3}' /tmp/zwgk-bench-$$ | median)
  printf '%-28s %6s %6s %9s %9s %9s %9s %9s %7.2f\n' "$(basename "$dir")" "$items" "$entries" "$jw" "$lw" "$cw" \
    "$lu" "$cu" "$(echo "$cw / $lw" | bc -l)"
  rm -f /tmp/zwgk-bench-$$ /tmp/zwgk-bench-check-$$.json
done
