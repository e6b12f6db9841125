#!/usr/bin/env bash
# README command 1: build the provider jar, fetch Keycloak through Maven, install the jar and start Keycloak
# in development mode on its embedded database. Ctrl-C stops it.
#
# Environment overrides:
#   PORT               HTTP port (default 8080)
#   KC_ADMIN           bootstrap administrator (default admin)
#   KC_ADMIN_PASSWORD  its password (default admin)
# Any arguments are passed on to `kc.sh start-dev`, e.g. ./run.sh --log-level=org.kcscim:debug
set -euo pipefail

cd "$(dirname "$0")"

PORT="${PORT:-8080}"
KC_ADMIN="${KC_ADMIN:-admin}"
KC_ADMIN_PASSWORD="${KC_ADMIN_PASSWORD:-admin}"
# One place for the Keycloak version: the parent pom
KC_VERSION="$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml | head -n 1)"
KC_HOME="target/keycloak-${KC_VERSION}"
UNPACKED_MARKER="${KC_HOME}/.unpacked-by-run-sh"
JAR="dist/target/keycloak-scim-provisioning.jar"

# Maven's output only when it fails (this Maven prints stray colour codes even when quiet)
quietly() {
  mkdir -p target
  if ! "$@" > target/run-sh-maven.log 2>&1; then
    cat target/run-sh-maven.log >&2
    echo "run.sh: failed: $*" >&2
    exit 1
  fi
}

echo "Building ${JAR} (the first run downloads Maven dependencies) ..."
quietly mvn -B -q -DskipTests package -pl dist -am

if [ ! -f "${UNPACKED_MARKER}" ]; then
  echo "Fetching and unpacking Keycloak ${KC_VERSION} into ${KC_HOME} ..."
  # overWriteReleases: an earlier, interrupted unpack may have left Maven's own marker behind
  quietly mvn -B -q -N dependency:unpack \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:${KC_VERSION}:zip" \
    -DoutputDirectory=target \
    -Dmdep.overWriteReleases=true
  touch "${UNPACKED_MARKER}"
fi

cp "${JAR}" "${KC_HOME}/providers/"

BASE="http://localhost:${PORT}"
cat <<MESSAGE

Keycloak ${KC_VERSION} with the SCIM provisioning extension, starting on port ${PORT}:
  Admin console:          ${BASE}/admin/master/console/   (user '${KC_ADMIN}')
  Extension admin REST:   ${BASE}/admin/realms/master/provisioning/configurations
  SCIM base URL pattern:  ${BASE}/realms/{realm}/provisioning/scim/v2
The SCIM screens (SCIM > Configurations, SCIM > Mappings) are in every realm's console:
this server runs with --spi-theme-selector--provider=kcscim (see the README, "Admin screens").
The administrator is created only on the first start, while the embedded database is empty;
delete ${KC_HOME}/data to start afresh. Ctrl-C stops Keycloak.

MESSAGE

export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_ADMIN}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_ADMIN_PASSWORD}"
# exec: Keycloak replaces this shell, so Ctrl-C (SIGINT) and SIGTERM reach it directly
exec "${KC_HOME}/bin/kc.sh" start-dev --http-port="${PORT}" --spi-theme-selector--provider=kcscim "$@"
