#!/usr/bin/env bash
# Debian packages the test suite needs: Chromium for the browser tests, npm for axe-core and vnu-jar,
# Java for vnu-jar (the Nu HTML checker), redis-server
# for the production tests (make test-prod starts a private one).
# Idempotent: does nothing when everything is already there.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v msgfmt >/dev/null 2>&1 || need+=(gettext)
command -v npm >/dev/null 2>&1 || need+=(npm)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)  # the Nu HTML checker (vnu-jar, npm)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
