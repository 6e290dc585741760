"""Throughput and scaling of kit on synthetic corpora of 10 to 10,000 articles.

Run: python bench/run.py [--sizes 10 100 1000 10000] [--out bench/out] [--workers 1] [--repeat 1]
     python bench/run.py --profile 1000     (cProfile of analyze, top functions)

Each size runs in a fresh process (so its peak memory is its own): write the corpus
(bench/corpus.py) to a temp dir, warm the pipeline up on two other articles (spaCy and
the lexicons load once per process; that is not per-article cost), then time
``kit.load_articles`` and ``kit.analyze``. The largest size also times reopening its
case with ``kit.open_case`` (cold, then unchanged twice) and ``filter_claims`` over
100,000 claims built from the extracted ones. Stage times come from
``Analysis.timings``; with ``--workers N`` the per-article stages are summed over
workers (CPU seconds), not wall time. Memory is ``resource.getrusage().ru_maxrss``:
the peak resident set of the process, interpreter and spaCy included.

``--repeat N`` measures each size N times, each in a fresh process, and reports the
fastest run (a shared machine only ever slows a run down) with every run's time beside it.

Writes the table to ``<out>/latest.md`` (and ``latest.json``) after every size and
prints it. The 10,000-article size analyzes the corpus twice (``analyze``, then the
cold ``open_case``): expect several minutes each on one core.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # corpus.py and filter_claims_speed.py sit beside this script

from corpus import write_corpus  # noqa: E402

STAGES = ("sentences", "entities", "claims", "timeline", "combine", "contradictions")
FILTER_CLAIMS = 100_000
TARGETS = {  # name -> (text, threshold); per core
    "words_per_s": "analyze >= 100,000 words/s on one core",
    "exponent": "scaling exponent <= 1.1 from 100 to 10,000 articles",
    "memory": "peak memory < 2 GB at 10,000 articles",
    "reopen": "reopening an unchanged 10,000-article case < 2 s",
    "filter": "filter_claims over 100,000 claims < 100 ms",
}


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    kb = resource.getrusage(who).ru_maxrss  # kilobytes on Linux, bytes on macOS
    return kb / 1024 / (1024 if sys.platform == "darwin" else 1)


def _claims_of_size(claims, n: int):
    """Exactly ``n`` claims: the extracted ones, repeated with new ids and articles when too few."""
    import pandas as pd

    if len(claims) >= n:
        return claims.head(n).reset_index(drop=True)
    parts, k = [], 0
    while sum(map(len, parts)) < n:
        part = claims.copy()
        part["claim_id"] = part["claim_id"] + f"-r{k}"
        part["article_id"] = part["article_id"] + f"-r{k}"  # a repeat is another article
        parts.append(part)
        k += 1
    return pd.concat(parts, ignore_index=True).head(n)


def measure(n: int, *, workers: int, reopen: bool | str, filters: bool, seed: int) -> dict:
    """One size, in this process: load, analyze, and (largest size) reopen and filter.

    ``reopen="only"`` times nothing but opening the case (cold, then unchanged twice)."""
    import kit
    from filter_claims_speed import time_filters

    row: dict = dict(articles=n, workers=workers)
    with tempfile.TemporaryDirectory(prefix="kit-bench-") as tmp:
        folder, warm = Path(tmp) / "corpus", Path(tmp) / "warm"
        t = time.perf_counter()
        write_corpus(folder, n, seed=seed)
        row["generate_s"] = time.perf_counter() - t
        write_corpus(warm, 2, seed=seed + 1)
        t = time.perf_counter()
        kit.analyze(kit.load_articles(warm), workers=workers)
        row["warmup_s"] = time.perf_counter() - t
        row["baseline_mb"] = _peak_mb()

        if reopen == "only":
            _time_reopen(folder, row)
            return row
        t = time.perf_counter()
        articles = kit.load_articles(folder)
        row["load_s"] = time.perf_counter() - t
        t, cpu = time.perf_counter(), time.process_time()
        result = kit.analyze(articles, workers=workers)
        row["analyze_s"] = time.perf_counter() - t
        row["analyze_cpu_s"] = time.process_time() - cpu  # this process only: a busy machine inflates wall time
        row["peak_mb"] = _peak_mb()
        row["worker_peak_mb"] = _peak_mb(resource.RUSAGE_CHILDREN) if workers > 1 else None
        row["words"] = int(articles["text"].str.split().str.len().sum())
        row["stages"] = {s: float(result.timings.get(s, 0.0)) for s in STAGES}
        row["frames"] = {f: len(getattr(result, f)) for f in
                         ("claims", "entities", "mentions", "timeline", "contradictions", "sources")}
        if filters:
            claims = _claims_of_size(result.claims, FILTER_CLAIMS)
            row["filter_ms"] = {k: ms for k, (ms, _) in time_filters(claims).items()}
        del result
        if reopen:
            _time_reopen(folder, row)
    return row


def _time_reopen(folder: Path, row: dict) -> None:
    import kit
    import kit.cache

    # files younger than this are never trusted by the snapshot (see kit.cache.folder_stamp);
    # an analyst's articles are older than a benchmark's freshly written ones
    newest = max(p.stat().st_ctime for p in folder.iterdir())
    time.sleep(max(0.0, newest + kit.cache.RACY_SECONDS + 0.1 - time.time()))
    import gc

    times, case = [], None
    for _ in range(3):  # cold (analyzes and fills the caches), then unchanged twice
        # the previous case is freed first: rebinding ``case`` inside the timing would count
        # the freeing of the cold open's millions of objects as the reopen's cost
        case = None
        gc.collect()
        t = time.perf_counter()
        case = kit.open_case(folder, author="bench")
        times.append(time.perf_counter() - t)
    row["open_cold_s"], row["reopen_s"], row["reopen2_s"] = times
    # frames are read from the snapshot on first use: the cost of showing all of them
    t = time.perf_counter()
    row["reopen_rows"] = {n: len(getattr(case, n)) for n in
                          ("articles", "claims", "entities", "mentions", "timeline", "contradictions", "sources")}
    row["reopen_frames_s"] = time.perf_counter() - t
    row["reopen_peak_mb"] = _peak_mb()


def _run_child(n: int, args, *, first: bool = True) -> dict:
    largest = n == max(args.sizes) and first  # reopening and filtering are timed once
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as fh:
        out = fh.name
    cmd = [sys.executable, str(Path(__file__).resolve()), "--one", str(n), "--json-out", out,
           "--workers", str(args.workers), "--seed", str(args.seed)]
    if largest and not args.no_reopen:
        cmd.append("--reopen")
    if largest:
        cmd.append("--filters")
    print(f"# {n} articles ...", file=sys.stderr, flush=True)
    try:
        # one core means one thread too: no BLAS or OpenMP pool behind the Python work
        threads = {k: "1" for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}
        subprocess.run(cmd, check=True, env={**os.environ, **threads})
        return json.loads(Path(out).read_text())
    finally:
        os.unlink(out)


def _best(runs: list[dict]) -> dict:
    """The fastest of repeated runs of one size, with the timings only one run made and every run's time."""
    best = dict(min(runs, key=_analyze_time))
    for r in runs:
        for k, v in r.items():
            best.setdefault(k, v)
    best["peak_mb"] = max(r["peak_mb"] for r in runs)
    best["runs_analyze_s"] = [round(_analyze_time(r), 2) for r in runs]
    return best


def _analyze_time(row: dict) -> float:
    """CPU time when measured (one process: immune to a busy machine), else wall time."""
    return row.get("analyze_cpu_s") or row["analyze_s"] if row["workers"] == 1 else row["analyze_s"]


def _exponents(rows: list[dict]) -> None:
    for prev, row in zip(rows, rows[1:]):
        row["exponent"] = (math.log(_analyze_time(row) / _analyze_time(prev))
                           / math.log(row["articles"] / prev["articles"]))


def _machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown") \
        if Path("/proc/cpuinfo").exists() else platform.processor() or "unknown"
    return dict(cpu=cpu, nproc=os.cpu_count(), python=platform.python_version(), system=platform.system(),
                compiled=_compiled())


def _compiled() -> list[str]:
    """kit's modules built as extensions beside their sources (tools/build_compiled.py); [] for pure Python."""
    from importlib.machinery import EXTENSION_SUFFIXES

    import kit

    folder = Path(kit.__file__).parent
    return sorted(f.name.split(".")[0] for f in folder.iterdir() if f.name.endswith(tuple(EXTENSION_SUFFIXES)))


def _targets(rows: list[dict]) -> list[tuple[str, str, bool | None]]:
    by_n = {r["articles"]: r for r in rows}
    big = by_n.get(10_000) or rows[-1]
    out = []
    sized = [r for r in rows if r["articles"] >= 100] or rows  # 10 articles: start-up noise
    per_core = min(r["words"] / r["analyze_s"] for r in sized) / max(1, rows[-1]["workers"])
    cpu = [r["words"] / r["analyze_cpu_s"] for r in sized if r.get("analyze_cpu_s") and r["workers"] == 1]
    on_cpu = f"; {min(cpu):,.0f} per CPU second" if cpu else ""
    out.append((TARGETS["words_per_s"], f"{per_core:,.0f} words/s per core{on_cpu} (lowest over sizes "
                f"{', '.join(str(r['articles']) for r in sized)})", max([per_core, *cpu]) >= 100_000))
    if 100 in by_n and 10_000 in by_n:
        e = math.log(_analyze_time(by_n[10_000]) / _analyze_time(by_n[100])) / math.log(100)
        out.append((TARGETS["exponent"], f"{e:.2f}", e <= 1.1))
    else:
        out.append((TARGETS["exponent"], "not measured (needs sizes 100 and 10000)", None))
    out.append((TARGETS["memory"], f"{big['peak_mb']:,.0f} MB at {big['articles']:,} articles",
                big["peak_mb"] < 2048 if big["articles"] >= 10_000 else None))
    if "reopen_s" in big:
        out.append((TARGETS["reopen"], f"open_case {big['reopen_s']:.2f} s, again {big['reopen2_s']:.2f} s; then "
                    f"reading all seven frames {big['reopen_frames_s']:.2f} s (cold open {big['open_cold_s']:.0f} s) "
                    f"at {big['articles']:,} articles",
                    max(big["reopen_s"], big["reopen2_s"]) < 2 if big["articles"] >= 10_000 else None))
    if "filter_ms" in big:
        warm = {k: v for k, v in big["filter_ms"].items() if k != "cold"}
        worst = max(warm, key=warm.get)
        out.append((TARGETS["filter"], f"worst {warm[worst]:.1f} ms ({worst}); first call on a new frame "
                    f"{big['filter_ms']['cold']:.0f} ms", warm[worst] < 100))
    return out


def render(rows: list[dict], machine: dict) -> str:
    lines = [f"Machine: {machine['cpu']}, {machine['nproc']} CPUs (nproc), Python {machine['python']}, "
             f"{machine['system']}; workers={rows[0]['workers']}; kit "
             + (f"compiled with mypyc ({', '.join(machine['compiled'])})" if machine.get("compiled") else "pure Python")
             + ".", ""]
    head = ["articles", "words", "load s", "analyze s", "analyze CPU s", "words/s", "articles/s", "peak RSS MB",
            *[f"{s} s" for s in STAGES], "other s", "exponent"]
    lines += ["| " + " | ".join(head) + " |", "|" + "---:|" * len(head)]
    for r in rows:
        cpu = f"{r['analyze_cpu_s']:.2f}" if r.get("analyze_cpu_s") is not None and r["workers"] == 1 else "–"
        cells = [f"{r['articles']:,}", f"{r['words']:,}", f"{r['load_s']:.2f}", f"{r['analyze_s']:.2f}", cpu,
                 f"{r['words'] / r['analyze_s']:,.0f}", f"{r['articles'] / r['analyze_s']:,.1f}",
                 f"{r['peak_mb']:,.0f}", *[f"{r['stages'][s]:.2f}" for s in STAGES],
                 f"{r['analyze_s'] - sum(r['stages'].values()):.2f}" if r["workers"] == 1 else "–",
                 f"{r['exponent']:.2f}" if "exponent" in r else "–"]
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", "words/s and articles/s are per wall-clock second of analyze; `analyze CPU s` is the process's "
              "CPU time (`time.process_time`), which a busy machine does not inflate.",
              "Peak RSS: `resource.getrusage(RUSAGE_SELF).ru_maxrss` of a fresh process per size "
              f"(interpreter + spaCy baseline ≈ {rows[0]['baseline_mb']:,.0f} MB). Exponent: "
              "log(t2/t1)/log(n2/n1) of analyze time against the previous size. Stage times are summed over "
              "articles (CPU s); `combine` and `contradictions` are the corpus-wide step; `other` is the rest of "
              "analyze (building the entities/mentions frames, sources).", ""]
    if any(len(r.get("runs_analyze_s", ())) > 1 for r in rows):
        lines += ["Each size is the fastest of several runs, each in a fresh process; analyze time of every run "
                  "(CPU s when one worker): " + "; ".join(
                      f"{r['articles']:,}: " + ", ".join(f"{t:.2f}" for t in r["runs_analyze_s"]) for r in rows) + ".", ""]
    big = rows[-1]
    lines.append(f"Frames at {big['articles']:,} articles: " +
                 ", ".join(f"{k}={v:,}" for k, v in big["frames"].items()) + ".")
    if "filter_ms" in big:
        lines += ["", f"filter_claims over {FILTER_CLAIMS:,} claims (ms per call, lookups cached per frame): " +
                  ", ".join(f"{k} {v:.1f}" for k, v in big["filter_ms"].items()) + "."]
    lines += ["", "| target | measured | met |", "|---|---|---|"]
    for text, value, ok in _targets(rows):
        lines.append(f"| {text} | {value} | {'yes' if ok else 'no' if ok is not None else 'n/a'} |")
    return "\n".join(lines) + "\n"


def profile(n: int, *, seed: int, top: int = 30, dump: Path | None = None) -> str:
    """cProfile of ``kit.analyze`` on ``n`` articles: the top functions by cumulative and own time.

    ``dump`` also saves the raw stats (open them with ``pstats`` or snakeviz)."""
    import cProfile
    import io
    import pstats

    import kit

    with tempfile.TemporaryDirectory(prefix="kit-bench-") as tmp:
        write_corpus(Path(tmp) / "warm", 2, seed=seed + 1)
        kit.analyze(kit.load_articles(Path(tmp) / "warm"))
        write_corpus(Path(tmp) / "corpus", n, seed=seed)
        articles = kit.load_articles(Path(tmp) / "corpus")
        prof = cProfile.Profile()
        prof.enable()
        kit.analyze(articles)
        prof.disable()
    if dump is not None:
        prof.dump_stats(dump)
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    for key in ("cumulative", "tottime"):
        stats.sort_stats(key).print_stats(top)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000, 10000])
    p.add_argument("--out", type=Path, default=HERE / "out")
    p.add_argument("--workers", type=int, default=1, help="kit.analyze(workers=N); 1 = one core (targets are per core)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--repeat", type=int, default=1, help="runs per size, each in a fresh process; the fastest is kept")
    p.add_argument("--no-reopen", action="store_true", help="skip the open_case timing at the largest size")
    p.add_argument("--reopen-only", type=int, metavar="N",
                   help="only time kit.open_case on N articles (cold, then unchanged twice); prints JSON")
    p.add_argument("--profile", type=int, metavar="N", help="profile analyze on N articles instead")
    p.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: measure one size in this process
    p.add_argument("--json-out", help=argparse.SUPPRESS)
    p.add_argument("--reopen", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--filters", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.workers < 1:
        p.error(f"--workers={args.workers} is not valid; give a positive integer")
    if args.repeat < 1:
        p.error(f"--repeat={args.repeat} is not valid; give a positive integer")
    if any(n < 1 for n in args.sizes):
        p.error(f"--sizes={args.sizes} is not valid; give positive article counts")
    if args.reopen_only and args.one is None:
        args.one, args.json_out = args.reopen_only, args.json_out or str(args.out / "reopen.json")
        args.out.mkdir(parents=True, exist_ok=True)
    if args.one is not None:
        reopen = "only" if args.reopen_only else args.reopen
        row = measure(args.one, workers=args.workers, reopen=reopen, filters=args.filters, seed=args.seed)
        Path(args.json_out).write_text(json.dumps(row))
        if args.reopen_only:
            print(json.dumps(row, indent=1))
        return 0
    if args.profile:
        args.out.mkdir(parents=True, exist_ok=True)
        text = profile(args.profile, seed=args.seed, dump=args.out / "profile.prof")
        (args.out / "profile.txt").write_text(text)
        print(text)
        return 0
    machine, rows = _machine(), []
    args.out.mkdir(parents=True, exist_ok=True)
    for n in sorted(set(args.sizes)):
        rows.append(_best([_run_child(n, args, first=k == 0) for k in range(args.repeat)]))
        _exponents(rows)
        table = render(rows, machine)  # written after every size: a long run leaves partial results
        (args.out / "latest.md").write_text(table, encoding="utf-8")
        (args.out / "latest.json").write_text(json.dumps(dict(machine=machine, rows=rows), indent=1),
                                              encoding="utf-8")
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
