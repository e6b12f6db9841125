#!/usr/bin/env bash
# README command 2: every test. Installs what a fresh Debian machine lacks (saying what, asking nothing), then runs
# the unit tests and the integration tests against real Keycloak servers.
#
#   ./test.sh                      everything: H2, PostgreSQL, MariaDB, the two-node cluster, and the
#                                  compatibility suite on every other supported Keycloak version
#   ./test.sh --db=postgres        one database only: h2, postgres (with the cluster), mariadb or cluster
#   ./test.sh --keycloak=26.5.6    the compatibility suite on that Keycloak version, on PostgreSQL
#   ./test.sh -- -Dit.test=UsersIT any further arguments after -- go to Maven as they are
#
# Needs a PostgreSQL server on 127.0.0.1:5432 that trusts user postgres, and a MariaDB server on 127.0.0.1:3306
# whose root has no password; each run creates and drops databases of its own there.
set -euo pipefail

cd "$(dirname "$0")"

MAVEN_ARGS=()
while [ "$#" -gt 0 ]; do
  case "$1" in
    --db=*) MAVEN_ARGS+=("-Dit.db=${1#--db=}") ;;
    --keycloak=*) MAVEN_ARGS+=("-Dit.keycloak=${1#--keycloak=}") ;;
    --) shift; MAVEN_ARGS+=("$@"); break ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "test.sh: unknown option $1 (see ./test.sh --help)" >&2; exit 2 ;;
  esac
  shift
done

# Debian packages the build needs beyond the base image: the JDK and Maven, Node.js and npm for the admin screens
# (admin-ui-theme runs npm ci and npm run build), Chromium and its driver for the browser tests of those screens.
APT_PACKAGES=()
command -v java >/dev/null 2>&1 || APT_PACKAGES+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || APT_PACKAGES+=(maven)
# Machines of this project come with Node.js 20 and npm 11 (Vite 8 needs Node.js 20.19+); this only covers one that
# lost them. NodeSource's nodejs package, where that repository is configured, carries npm and conflicts with
# Debian's npm package; Debian 12's own nodejs is 18, too old for the build.
if ! command -v npm >/dev/null 2>&1; then
  if apt-cache show nodejs 2>/dev/null | grep -Eq '^Provides:.*\bnpm\b'; then
    APT_PACKAGES+=(nodejs)
  else
    APT_PACKAGES+=(nodejs npm)
  fi
fi
[ -x /usr/bin/chromium ] || APT_PACKAGES+=(chromium)
[ -x /usr/bin/chromedriver ] || APT_PACKAGES+=(chromium-driver)

if [ "${#APT_PACKAGES[@]}" -gt 0 ]; then
  echo "test.sh: installing the Debian packages this machine lacks: ${APT_PACKAGES[*]}"
  SUDO=()
  if [ "$(id -u)" -ne 0 ]; then
    # Never a password prompt: without password-less sudo, say what to install and stop
    if ! sudo -n true 2>/dev/null; then
      echo "test.sh: run as root or with password-less sudo, or install them first:" \
           "apt-get install -y ${APT_PACKAGES[*]}" >&2
      exit 1
    fi
    SUDO=(sudo -n)
  fi
  "${SUDO[@]}" apt-get update
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${APT_PACKAGES[@]}"
fi

exec mvn -B verify "${MAVEN_ARGS[@]}"
