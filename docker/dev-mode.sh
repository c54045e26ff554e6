#!/usr/bin/env bash
# Quarkus dev mode (live reload, Dev UI, Swagger UI) with PostgreSQL and Keycloak from the
# local stack. Quarkus 3.33.2's dev mode asks for io.quarkus.qute:qute-debug:3.33.2, which the
# public repository does not serve; the 3.34.1 build of the same debugger is installed under
# that version in the local repository once (it is a dev-only helper, never packaged).
set -euo pipefail
cd "$(dirname "$0")/.."
source docker/local/stack.sh

repo="$(./mvnw -q -B help:evaluate -Dexpression=settings.localRepository -DforceStdout)"
if [ ! -f "$repo/io/quarkus/qute/qute-debug/3.33.2/qute-debug-3.33.2.jar" ]; then
  stack_log "Installing the Qute debugger that dev mode needs (once)"
  work="$(mktemp -d)"
  (cd "$work" && mvn -q -B dependency:copy -Dartifact=io.quarkus.qute:qute-debug:3.34.1 -DoutputDirectory="$work")
  cat >"$work/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.quarkus.qute</groupId>
  <artifactId>qute-debug</artifactId>
  <version>3.33.2</version>
  <dependencies>
    <dependency><groupId>io.quarkus.qute</groupId><artifactId>qute-core</artifactId><version>3.33.2</version></dependency>
    <dependency><groupId>org.eclipse.lsp4j</groupId><artifactId>org.eclipse.lsp4j.debug</artifactId><version>0.24.0</version></dependency>
    <dependency><groupId>org.jboss.logging</groupId><artifactId>jboss-logging</artifactId><version>3.6.2.Final</version></dependency>
  </dependencies>
</project>
POM
  (cd "$work" && mvn -q -B install:install-file -Dfile="$work/qute-debug-3.34.1.jar" -DpomFile="$work/pom.xml")
  rm -rf "$work"
fi

trap 'stop_stack' EXIT INT TERM
start_database otklik
start_keycloak
stack_log "Dev mode on http://localhost:8080 (Swagger UI: /q/swagger-ui, Dev UI: /q/dev-ui)"
OTKLIK_DB_URL=$DB_URL OTKLIK_DB_USER=$DB_USER OTKLIK_DB_PASSWORD=$DB_PASSWORD ./mvnw -B quarkus:dev
