#!/usr/bin/env bash
# `manage.py check --deploy` with the environment that .env.example documents (a random SECRET_KEY in
# place of its placeholder): production settings must raise no issue at all.
set -euo pipefail
cd "$(dirname "$0")/.."
secret_env=$(mktemp)
trap 'rm -f "$secret_env"' EXIT
echo "SECRET_KEY=$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(50))')" > "$secret_env"
PATH="$PWD/.venv/bin:$PATH" .venv/bin/honcho -e ".env.example,$secret_env" \
  run python manage.py check --deploy --fail-level WARNING
