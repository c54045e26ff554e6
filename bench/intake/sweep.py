"""Throughput and p99 against the number of connections, from several bench/intake results.

    for c in 8 16 32 64; do CONNECTIONS=$c RUNS=2 SKIP_BUILD=1 bench/intake/run.sh; done
    python3 sweep.py <out.svg> <results-dir>...

Each results directory is one series at one connection count (read from its summary.md); the
chart shows the median over its runs: bars for requests/s, a line for p99, the goal's two limits.
"""
import json
import pathlib
import re
import statistics
import sys

GOAL_RPS, GOAL_P99 = 1000, 50.0
target = pathlib.Path(sys.argv[1])
series = {}
for d in map(pathlib.Path, sys.argv[2:]):
    connections = int(re.search(r"(\d+) connections", (d / "summary.md").read_text()).group(1))
    runs = [json.load(open(p)) for p in d.glob("run*/summary.json")]
    series[connections] = (statistics.median(r["rps"] for r in runs),
                           statistics.median(r["percentiles_ms"]["99"] for r in runs),
                           statistics.median(r["percentiles_ms"]["50"] for r in runs), len(runs))
if not series:
    sys.exit("no results")

rows = ["| connections | runs | req/s (median) | p50 ms | p99 ms |", "|---:|---:|---:|---:|---:|"]
rows += [f"| {c} | {n} | {rps:.0f} | {p50:.1f} | {p99:.1f} |" for c, (rps, p99, p50, n) in sorted(series.items())]
print("\n".join(rows))

W, H, L, R, T, B = 760, 340, 60, 80, 40, 50
keys = sorted(series)
rps_max = max(max(v[0] for v in series.values()) * 1.15, GOAL_RPS * 1.2)
p99_max = max(max(v[1] for v in series.values()) * 1.15, GOAL_P99 * 1.5)
slot = (W - L - R) / len(keys)
sr = lambda v: H - B - (H - T - B) * v / rps_max
sp = lambda v: H - B - (H - T - B) * v / p99_max
svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
       f'<rect width="{W}" height="{H}" fill="white"/>',
       f'<text x="{L}" y="22" font-size="14" font-weight="bold">POST /api/v1/messages by concurrent connections: '
       f'req/s (bars) and p99 (line)</text>']
for i, c in enumerate(keys):
    rps, p99, _, _ = series[c]
    x0 = L + slot * i
    svg.append(f'<rect x="{x0 + slot * 0.2:.1f}" y="{sr(rps):.1f}" width="{slot * 0.6:.1f}" height="{H - B - sr(rps):.1f}" fill="#9ecae1"/>')
    svg.append(f'<text x="{x0 + slot / 2:.1f}" y="{sr(rps) - 6:.1f}" text-anchor="middle">{rps:.0f}</text>')
    svg.append(f'<text x="{x0 + slot / 2:.1f}" y="{H - B + 16}" text-anchor="middle">{c}</text>')
    svg.append(f'<text x="{x0 + slot / 2:.1f}" y="{sp(p99) + 16:.1f}" text-anchor="middle" fill="#a50f15">{p99:.0f} ms</text>')
for v in range(0, int(rps_max) + 1, 500):
    svg.append(f'<text x="{L - 6}" y="{sr(v) + 4:.1f}" text-anchor="end">{v}</text>')
step = 25 if p99_max <= 200 else 50 if p99_max <= 400 else 100
for v in range(0, int(p99_max) + 1, step):
    svg.append(f'<text x="{W - R + 6}" y="{sp(v) + 4:.1f}">{v} ms</text>')
svg.append(f'<line x1="{L}" x2="{W - R}" y1="{sr(GOAL_RPS):.1f}" y2="{sr(GOAL_RPS):.1f}" stroke="#08519c" stroke-dasharray="6 4"/>')
svg.append(f'<text x="{L + 4}" y="{sr(GOAL_RPS) - 4:.1f}" fill="#08519c">goal {GOAL_RPS} req/s</text>')
svg.append(f'<line x1="{L}" x2="{W - R}" y1="{sp(GOAL_P99):.1f}" y2="{sp(GOAL_P99):.1f}" stroke="#a50f15" stroke-dasharray="2 3"/>')
svg.append(f'<text x="{L + 4}" y="{sp(GOAL_P99) - 4:.1f}" fill="#a50f15">goal p99 &lt; {GOAL_P99:.0f} ms</text>')
pts = " ".join(f'{L + slot * (i + 0.5):.1f},{sp(series[c][1]):.1f}' for i, c in enumerate(keys))
svg.append(f'<polyline points="{pts}" fill="none" stroke="#a50f15" stroke-width="2"/>')
svg.append(f'<text x="{(L + W - R) / 2}" y="{H - 12}" text-anchor="middle">connections (wrk, each waits for its answer before the next request)</text>')
svg.append("</svg>")
target.write_text("\n".join(svg))
