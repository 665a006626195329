# Agir — two commands: `make run` (the demo on SQLite) and `make test` (CI).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
DEMO_ADMIN_EMAIL ?= admin@example.org
DEMO_ADMIN_PASSWORD ?= agir-demo-admin
# apt-get needs root: use sudo when not root.
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
APT_INSTALL := $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq
export DATABASE_URL_TEST := $(or $(DATABASE_URL),postgres://postgres@127.0.0.1:5432/agir)

.PHONY: run test install install-dev browser-deps messages messages-update lint clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(PY)
	$(PIP) install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(PY)
	$(PIP) install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

messages: install
	@command -v msgfmt >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(APT_INSTALL) gettext >/dev/null; }
	$(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules -v0

# Refresh the catalogues after changing UI strings; English is the source
# language, so its catalogue mirrors the msgids.
messages-update: install
	$(PY) manage.py makemessages -l fr -l en -l es --no-wrap --no-location --no-wrap --no-obsolete --ignore=.venv --ignore=node_modules --ignore=var -v0
	msgfilter --keep-header --no-wrap -i locale/en/LC_MESSAGES/django.po -o locale/en/LC_MESSAGES/django.po sed -e d
	msgen --no-wrap locale/en/LC_MESSAGES/django.po | msgattrib --no-wrap --clear-fuzzy --clear-previous -o locale/en/LC_MESSAGES/django.po

run: install messages
	DJANGO_SETTINGS_MODULE=climate_site.settings.dev $(PY) manage.py migrate --noinput -v0
	DJANGO_SETTINGS_MODULE=climate_site.settings.dev $(PY) manage.py load_demo --once
	DJANGO_SETTINGS_MODULE=climate_site.settings.dev $(PY) manage.py ensure_demo_admin --email "$(DEMO_ADMIN_EMAIL)" --password "$(DEMO_ADMIN_PASSWORD)"
	@echo "Agir runs on http://127.0.0.1:8000/ — admin: http://127.0.0.1:8000/admin/ ($(DEMO_ADMIN_EMAIL) / $(DEMO_ADMIN_PASSWORD))"
	@# The background worker (emails, imports, search index, scheduled
	@# publishing) runs beside the server, as in production, and stops with it.
	export DJANGO_SETTINGS_MODULE=climate_site.settings.dev; \
	$(PY) manage.py run_worker --no-reload -v0 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver 127.0.0.1:8000

# Chromium (Debian's) for the browser tests; axe-core and the Nu HTML Checker from npm.
browser-deps:
	@[ -x /usr/bin/chromium ] || { $(SUDO) apt-get update -qq && $(APT_INSTALL) chromium >/dev/null; }
	@command -v java >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(APT_INSTALL) default-jre-headless >/dev/null; }
	@command -v npm >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(APT_INSTALL) nodejs npm >/dev/null; }
	@[ -f node_modules/axe-core/axe.min.js ] && [ -f node_modules/vnu-jar/build/dist/vnu.jar ] || npm ci --silent --no-audit --no-fund

lint: install-dev
	$(VENV)/bin/ruff check .

test: install-dev messages browser-deps
	$(VENV)/bin/ruff check .
	DJANGO_SETTINGS_MODULE=climate_site.settings.test DATABASE_URL=$(DATABASE_URL_TEST) $(PY) manage.py makemigrations --check --dry-run
	DATABASE_URL=$(DATABASE_URL_TEST) $(VENV)/bin/pytest
	$(VENV)/bin/pytest -n 0 -q --ds=climate_site.settings.test_sqlite tests/climate_site/test_hostile_input.py

clean:
	rm -rf $(VENV) node_modules var
