"""Import time of ``import everruns`` against ``import httpx``, in one run.

Each figure is the median wall time of fresh interpreter starts (``python -c "import X"``),
the two measured in alternation so that machine noise hits both alike. The target is a
ratio of at most 1.5: the SDK may add half of what httpx, its own dependency, costs.

    python scripts/bench_import.py [--runs 15] [--target 1.5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time


def start_and_import(module: str) -> float:
    """Seconds for a fresh interpreter to start, import ``module`` and exit."""
    began = time.perf_counter()
    subprocess.run([sys.executable, "-c", f"import {module}"], check=True)
    return time.perf_counter() - began


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15, help="interpreter starts per module (at least 7)")
    parser.add_argument("--target", type=float, default=1.5, help="the largest acceptable ratio")
    args = parser.parse_args(argv)
    runs = max(args.runs, 7)

    for module in ("httpx", "everruns"):  # warm the bytecode caches
        start_and_import(module)
    timings: dict[str, list[float]] = {"httpx": [], "everruns": []}
    for _ in range(runs):
        for module, samples in timings.items():
            samples.append(start_and_import(module))

    httpx_median = statistics.median(timings["httpx"])
    everruns_median = statistics.median(timings["everruns"])
    ratio = everruns_median / httpx_median
    print(f"import httpx     median {httpx_median * 1000:7.1f} ms over {runs} starts")
    print(f"import everruns  median {everruns_median * 1000:7.1f} ms over {runs} starts")
    print(f"ratio {ratio:.2f} (target <= {args.target})")
    return 0 if ratio <= args.target else 1


if __name__ == "__main__":
    sys.exit(main())
