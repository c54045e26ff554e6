#!/bin/sh
# Builds the benchmark from the current sources and runs it on one thread; prints deadlines per
# second. Extra arguments go to JMH, e.g. ./run.sh -wi 1 -i 2 for a quick look.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
"$root/mvnw" -q -f "$here/pom.xml" -DskipTests package
java -jar "$here/target/benchmarks.jar" -t 1 -rf json -rff "$here/target/result.json" "$@" DeadlineBenchmark
echo
echo "Deadlines per second on one core:"
sed -n 's/.*"benchmark" : "ru\.otklik\.calendar\.bench\.DeadlineBenchmark\.\([A-Za-z]*\)".*/\1/p; s/^ *"score" : \([0-9.E]*\),.*/\1/p' "$here/target/result.json" \
  | paste - - | grep -v '^$' | while read -r name score; do
      printf '  %-16s %12.0f\n' "$name" "$score"
    done
