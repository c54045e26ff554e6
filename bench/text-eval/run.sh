#!/usr/bin/env bash
# Evaluates the text analysers: precision, recall and F1 per class, false-alarm rate, topic accuracy.
# Usage: bench/text-eval/run.sh [--misses]   (--misses also prints every wrong decision)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
"$root/mvnw" -B -q -f "$root/bench/pom.xml" package -DskipTests
exec java -cp "$root/bench/target/classes:$(cat "$root/bench/target/classpath.txt")" ru.otklik.bench.EvalRunner "$root" "$@"
