#!/usr/bin/env bash
# Runs every measurement of docs/performance.md and writes the results table.
#   ldm-bench/run.sh           full run (JMH 2 forks × 5 × 2 s, 11 cold starts, batch of 10,000 M dossiers)
#   ldm-bench/run.sh --quick   quick run (1 fork, 3 × 1 s warm-up, 3 × 1 s, 5 cold starts, batch of 1,000)
# Every JMH benchmark records the CPU time per operation beside wall time (CpuTimeProfiler); the table
# flags the runs whose iterations varied more than 10 % (not converged).
# Results: ldm-bench/target/bench/results.md (and jmh.json, the raw JMH results).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/ldm-bench/target/bench"
quick=false
[ "${1:-}" = "--quick" ] && quick=true

if $quick; then
  jmh_opts=(-f 1 -wi 3 -w 1s -i 3 -r 1s)
  runs=5
  batch=1000
else
  jmh_opts=()
  runs=11
  batch=10000
fi

echo "== building (benchmarks jar and command line)" >&2
(cd "$root" && mvn -B -ntp -q -Pbench -DskipTests -Dmaven.javadoc.skip=true package -pl ldm-bench,ldm-cli -am)
jar="$root/ldm-bench/target/benchmarks.jar"
mkdir -p "$out"
rm -f "$out"/coldstart.txt "$out"/cli.txt "$out"/batch.txt

echo "== JMH: floor, read, validation, rules, report, full check, alternatives; dossiers and reviews, sizes S, M, L, XL" >&2
java -jar "$jar" 'CheckBenchmark|ReviewBenchmark' "${jmh_opts[@]}" -prof io.github.ldmlib.bench.CpuTimeProfiler \
  -rf json -rff "$out/jmh.json" | tee "$out/jmh.log" | grep -E '^(CheckBenchmark|ReviewBenchmark|# Run progress|# dossier|# review)' >&2

echo "== warm-up: CPU time of checks 1…2000 of an M dossier in a fresh JVM" >&2
java -cp "$jar" io.github.ldmlib.bench.WarmUp M 2000 quiet | tee "$out/warmup.txt" | tail -1 >&2

echo "== cold start: $runs fresh JVMs, main → first report" >&2
today="$(date +%F)"
for _ in $(seq "$runs"); do
  java -cp "$jar" io.github.ldmlib.bench.ColdStart "$root/examples/dossier-complete.json" "$today" | tee -a "$out/coldstart.txt" >&2
done

echo "== cold start with the launcher's start-up options (class-data-sharing archive, C1 only, serial GC), $runs runs" >&2
cds_opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:disable -Xlog:all=warning:stderr)
rm -f "$out/coldstart.jsa" "$out/coldstart-cds.txt"
java "${cds_opts[@]}" -XX:ArchiveClassesAtExit="$out/coldstart.jsa" -cp "$jar" io.github.ldmlib.bench.ColdStart \
  "$root/examples/dossier-complete.json" "$today" >/dev/null
for _ in $(seq "$runs"); do
  java "${cds_opts[@]}" -XX:SharedArchiveFile="$out/coldstart.jsa" -cp "$jar" io.github.ldmlib.bench.ColdStart \
    "$root/examples/dossier-complete.json" "$today" | tee -a "$out/coldstart-cds.txt" >&2
done

echo "== command line: ./ldm check examples/dossier-complete.json, $runs runs" >&2
(cd "$root" && ./ldm check examples/dossier-complete.json >/dev/null) || true   # builds the jar if needed
for _ in $(seq "$runs"); do
  t0=$(date +%s%N)
  (cd "$root" && ./ldm check examples/dossier-complete.json >/dev/null) || true
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 )) | tee -a "$out/cli.txt" >&2
done

echo "== command line with the JVM's default options: java -jar ldm-cli-…-all.jar check examples/dossier-complete.json, $runs runs" >&2
rm -f "$out/cli-default.txt"
cli_jar="$(ls "$root"/ldm-cli/target/ldm-cli-*-all.jar | head -1)"
for _ in $(seq "$runs"); do
  t0=$(date +%s%N)
  java -jar "$cli_jar" check "$root/examples/dossier-complete.json" >/dev/null || true
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 )) | tee -a "$out/cli-default.txt" >&2
done

echo "== batch: $batch M dossiers as JSON Lines, -Xmx64m" >&2
lines="$out/batch-M-$batch.jsonl"
[ -f "$lines" ] || java -cp "$jar" io.github.ldmlib.bench.Batch generate "$lines" "$batch"
java -Xmx64m -Xlog:gc:file="$out/batch-gc.log" -cp "$jar" io.github.ldmlib.bench.Batch check "$lines" \
  | tee "$out/batch.txt" >&2 || echo "batch failed" >&2

echo "== results" >&2
{
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/Mem:/{print $2}') GB;" \
    "$(java -version 2>&1 | head -1); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$out/machine.txt"
java -cp "$jar" io.github.ldmlib.bench.Results "$out/jmh.json" "$out/coldstart.txt" "$out/cli.txt" "$out/batch.txt" "$out/results.md" "$out/coldstart-cds.txt" "$out/cli-default.txt" 2>/dev/null
cat "$out/machine.txt"
echo "Written: $out/results.md" >&2
