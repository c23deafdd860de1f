#!/usr/bin/env bash
# Accessibility check of the static disclosure column: generates the sample site, renders every page in Debian's
# headless Chromium and runs axe-core (WCAG 2.1 A/AA + best practices). Exit 1 on any serious/critical finding.
# Needs: chromium (apt-get install -y chromium), Node 18+, npm. Not part of `mvn verify`. Each site is also searched
# in the browser (search.html): DIR=WORD searches for WORD (default 工作制度, the sample site's rules page).
set -euo pipefail
# Usage: check.sh [DIR[=WORD]...] — extra directories (e.g. a demo run: zwgk-demo/site=年度报告 zwgk-demo/report
# zwgk-demo/check) are checked too.
extra=()
for a in "$@"; do
  d="${a%%=*}"; w=""; [ "$d" != "$a" ] && w="=${a#*=}"
  extra+=("$(cd "$d" && pwd)$w")
done
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
(cd "$root" && mvn -B -q -pl adapters/website -am test -Dtest=SampleSiteTest -Dsurefire.failIfNoSpecifiedTests=false)
cd "$here"
[ -d node_modules ] || npm install --no-audit --no-fund
node check.mjs "$root/adapters/website/target/a11y-site" ${extra[@]+"${extra[@]}"}
