# The two commands of the README's Quick start: `make run` and `make test`.
# Each creates the virtual environment itself when it is missing.
PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
CASE   ?= seeds

.PHONY: run test test-fast browser-deps node-deps vendor lab bench compiled bench-compiled score clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,browser,dask]'
	touch $@

# The main job: analyse the case folder and render the notebooks to offline HTML.
run: $(VENV)/.installed vendor
	$(VENV)/bin/kit render $(CASE) --out rendered

# Everything the tests need (Debian's chromium for the browser tests), then the suite.
test: $(VENV)/.installed browser-deps vendor
	$(PY) -m pytest -q

test-fast: $(VENV)/.installed
	$(PY) -m pytest -q -m "not browser and not slow"

browser-deps:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

node-deps:
	@command -v npm >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq npm >/dev/null; }

# The widget renderer and require.js, from npm at build time, inlined by `kit render` so the
# HTML works offline (kit/_vendor/ is not committed).
vendor: kit/_vendor/embed-amd.js
kit/_vendor/embed-amd.js: tools/vendor.sh
	@$(MAKE) --no-print-directory node-deps
	bash tools/vendor.sh --force

lab: $(VENV)/.installed
	$(VENV)/bin/jupyter lab notebooks/

bench: $(VENV)/.installed
	$(PY) bench/run.py

# The compiled variant (setup.py's COMPILED modules, built by mypyc) in build/compiled, beside
# the sources; the bench on it. `KIT_COMPILE=1 pip install .` installs the same build.
compiled: $(VENV)/.installed
	$(PY) tools/build_compiled.py build/compiled

bench-compiled: compiled
	PYTHONPATH=build/compiled $(PY) bench/run.py

score: $(VENV)/.installed
	$(PY) ../shared/eval/score.py ../shared/seeds ../shared/gold

clean:
	rm -rf $(VENV) rendered .pytest_cache test-artifacts kit/_vendor
