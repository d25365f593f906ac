#!/usr/bin/env bash
# Load run of the main pages (issue #11): starts the packaged jar on a fresh embedded database,
# times the first and a second start (until the demo community answers), then runs
# `wrk -t1 -c8 -d10s` (after a 3 s warm-up) against each page on 127.0.0.1 and prints
# "path status requests/s p99". Needs wrk (apt-get install wrk) and ./mvnw package -DskipTests.
set -u
cd "$(dirname "$0")/.."
JAR=$(ls target/samhald-*.jar | head -1)
DIR=$(mktemp -d)/postgres
PORT=${PORT:-8095}
BASE=http://127.0.0.1:$PORT

start() {
  local t0
  t0=$(date +%s.%N)
  SAMHALD_DATA_DIR=$DIR PORT=$PORT java -jar "$JAR" > target/bench-app.log 2>&1 &
  APP=$!
  until curl -sf -o /dev/null $BASE/sogn-og-fjordane; do sleep 0.2; done
  echo "start: $(echo "$(date +%s.%N) - $t0" | bc) s"
}

start
kill $APP; wait $APP 2>/dev/null
start
for p in /css/samhald.css /sogn-og-fjordane /sogn-og-fjordane/structure /sogn-og-fjordane/forums \
  /sogn-og-fjordane/meetings /sogn-og-fjordane/decisions /sogn-og-fjordane/insight /sogn-og-fjordane/plans \
  /sogn-og-fjordane/projects /sogn-og-fjordane/agreements /sogn-og-fjordane/deviations/statistics \
  /sogn-og-fjordane/reports /api/v1/communities/sogn-og-fjordane/partners \
  /api/v1/communities/sogn-og-fjordane/meetings; do
  code=$(curl -s -o /dev/null -w '%{http_code}' $BASE$p)
  wrk -t1 -c8 -d3s $BASE$p > /dev/null 2>&1
  out=$(wrk -t1 -c8 -d10s --latency $BASE$p 2>&1)
  echo "$p $code $(echo "$out" | awk '/Requests\/sec/ {print $2}') $(echo "$out" | awk '/ 99%/ {print $2}')"
done
kill $APP; wait $APP 2>/dev/null
