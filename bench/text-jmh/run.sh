#!/usr/bin/env bash
# JMH benchmark of each text analyser on a typical 1-2 KB message, one thread.
# Usage: bench/text-jmh/run.sh [JMH options, e.g. -f 1 -wi 2 -i 3]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
"$root/mvnw" -B -q -f "$root/bench/pom.xml" package -DskipTests
exec java -cp "$root/bench/target/classes:$(cat "$root/bench/target/classpath.txt")" org.openjdk.jmh.Main \
  'ru.otklik.bench.AnalyserBenchmark' -t 1 "$@"
