"""Plot messages/s against messages per frame from the sweep JSON of decode.py/peer.py.

matplotlib is a bench-only dependency: ``make bench-plot`` installs it into
``.venv-peer``, never into the project's environment.

    .venv-peer/bin/python bench/plot.py bench/results/peer-sweep.json [more.json ...] \\
        [-o docs/benchmarks-decode.png]

Series with the same name in several files: the last file wins.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

STYLE = {
    "floor": {"color": "black", "linestyle": "--", "label": "floor: gunzip + upb envelope parse"},
    "livecore": {"color": "tab:blue", "marker": "o", "label": "livecore (one attribute per event)"},
    "livecore+user": {
        "color": "tab:cyan",
        "marker": ".",
        "label": "livecore + every comment's user",
    },
    "tiktoklive": {"color": "tab:red", "marker": "s", "label": "TikTokLive 7.0.1"},
}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("json", nargs="+", help="sweep results (--per-frame --json FILE)")
    p.add_argument("-o", "--output", default=str(ROOT / "docs" / "benchmarks-decode.png"))
    args = p.parse_args()

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ks: list[int] = []
    series: dict[str, list[float]] = {}
    machine: dict[str, Any] = {}
    for name in args.json:
        report = json.loads(Path(name).read_text())
        sweep = report["sweep"]
        ks = sweep["messages_per_frame"]
        series.update(sweep["messages_per_s"])
        machine = report.get("machine", machine)

    fig, ax = plt.subplots(figsize=(8, 5), dpi=110)
    for name in ("floor", "livecore", "livecore+user", "tiktoklive"):
        if name in series:
            ax.plot(ks, series[name], **STYLE[name])  # type: ignore[arg-type]
    for name, values in series.items():
        if name not in STYLE:
            ax.plot(ks, values, label=name)
    ax.set_yscale("log")
    ax.set_xticks(ks)
    ax.set_xlabel("messages per frame")
    ax.set_ylabel("messages/s (log scale)")
    ax.set_title("Frames to events, one process, medians of interleaved runs")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(loc="best", fontsize=8)
    note = (
        f"{machine.get('cpu', '?')}, {machine.get('cpus', '?')} CPUs, "
        f"Python {machine.get('python', '?')}, protobuf {machine.get('protobuf', '?')}"
        f" ({machine.get('protobuf_backend', '?')})"
    )
    fig.text(0.01, 0.01, note, fontsize=7, color="gray")
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    fig.savefig(args.output)
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
