"""Three consecutive ``bench/run.py`` runs (``make bench-spread``): the figures of the last
run go to ``bench/results.json`` as ``make bench`` writes them, and each figure gets the
spread of its ratio over the runs (``spread``: every run's ratio, min, max), with the
machine's load average before each run (the machine is shared: the spread is the noise a
target must leave room for). Exits 1 if any run missed a target.

    python bench/spread.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import BENCH_DIR

RESULTS = BENCH_DIR / "results.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    runs: list[dict[str, object]] = []
    exits: list[int] = []
    loads: list[list[float]] = []
    with tempfile.TemporaryDirectory(prefix="alipay-bench-spread-") as tmp:
        for n in range(args.runs):
            out = Path(tmp) / f"run{n}.json"
            loads.append([round(x, 2) for x in os.getloadavg()])
            print(f"-- run {n + 1} of {args.runs} (load average {loads[-1]})", flush=True)
            done = subprocess.run(
                [sys.executable, str(BENCH_DIR / "run.py"), "--json", str(out)], check=False
            )
            exits.append(done.returncode)
            runs.append(json.loads(out.read_text(encoding="utf-8")))
    last = runs[-1]
    figures = last["figures"]
    assert isinstance(figures, dict)
    for key, figure in figures.items():
        ratios = [run["figures"][key]["ratio"] for run in runs if key in run["figures"]]  # type: ignore[index]
        figure["spread"] = {"ratios": ratios, "min": min(ratios), "max": max(ratios)}
    last["command"] = f"make bench-spread ({args.runs} consecutive runs of make bench)"
    last["runs"] = {
        "exit_codes": exits,
        "load_average_before_each": loads,
        "all_targets_met_in_every_run": all(code == 0 for code in exits),
    }
    RESULTS.write_text(json.dumps(last, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {os.path.relpath(RESULTS)}; exit codes {exits}")
    for key, figure in figures.items():
        spread = figure["spread"]
        print(f"  {key:<32} {spread['min']:.3f} .. {spread['max']:.3f}  target {figure['target']}")
    return 0 if all(code == 0 for code in exits) else 1


if __name__ == "__main__":
    sys.exit(main())
