"""Before/after chart of bench/intake results: median latency by percentile over all runs.

    python3 compare.py <before-dir[,dir…]> <after-dir[,dir…]> <out.svg> [before label] [after label]
"""
import json
import math
import pathlib
import statistics
import sys

before, after = ([pathlib.Path(d) for d in arg.split(",")] for arg in sys.argv[1:3])
target = pathlib.Path(sys.argv[3])
labels = sys.argv[4:6] or ["before", "after"]
ps = ["50", "75", "90", "95", "99", "99.9"]


def medians(dirs):
    runs = [json.load(open(p)) for d in dirs for p in sorted(d.glob("run*/summary.json"))]
    return {
        "p": {q: statistics.median(r["percentiles_ms"][q] for r in runs) for q in ps},
        "rps": statistics.median(r["rps"] for r in runs),
        "cpu": statistics.median(r["app_cpu_ms"] + r["db_cpu_ms"] for r in runs),
        "load": statistics.median(float(r["load_after"].split()[0]) for r in runs),
        "n": len(runs),
    }


sets = [medians(before), medians(after)]
W, H, L, R, T, B = 780, 400, 60, 250, 40, 50
xs = {q: math.log10(1 / (1 - float(q) / 100)) for q in ps}
xmax, ymax = xs[ps[-1]], max(s["p"][ps[-1]] for s in sets) * 1.1
sx = lambda v: L + (W - L - R) * v / xmax
sy = lambda v: H - B - (H - T - B) * v / ymax
svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
       f'<rect width="{W}" height="{H}" fill="white"/>',
       f'<text x="{L}" y="22" font-size="14" font-weight="bold">POST /api/v1/messages: median latency by percentile</text>']
step = 10 ** math.floor(math.log10(ymax / 5))
step = next(s for s in (step, 2 * step, 5 * step, 10 * step) if ymax / s <= 8)
v = 0.0
while v <= ymax:
    svg.append(f'<line x1="{L}" x2="{W - R}" y1="{sy(v):.1f}" y2="{sy(v):.1f}" stroke="#ddd"/>')
    svg.append(f'<text x="{L - 6}" y="{sy(v) + 4:.1f}" text-anchor="end">{v:g}</text>')
    v += step
for q in ps:
    svg.append(f'<text x="{sx(xs[q]):.1f}" y="{H - B + 16}" text-anchor="middle">p{q}</text>')
svg.append(f'<text x="16" y="{(T + H - B) / 2}" transform="rotate(-90 16 {(T + H - B) / 2})" text-anchor="middle">ms</text>')
if ymax > 50:
    svg.append(f'<line x1="{L}" x2="{W - R}" y1="{sy(50):.1f}" y2="{sy(50):.1f}" stroke="#000" stroke-dasharray="6 4"/>')
    svg.append(f'<text x="{L + 4}" y="{sy(50) - 4:.1f}">goal: p99 &lt; 50 ms</text>')
for i, (s, label, c) in enumerate(zip(sets, labels, ["#999", "#1f77b4"])):
    pts = " ".join(f'{sx(xs[q]):.1f},{sy(s["p"][q]):.1f}' for q in ps)
    svg.append(f'<polyline points="{pts}" fill="none" stroke="{c}" stroke-width="2.5"/>')
    y = T + 10 + 56 * i
    svg.append(f'<rect x="{W - R + 14}" y="{y - 9}" width="12" height="12" fill="{c}"/>')
    svg.append(f'<text x="{W - R + 32}" y="{y + 1}" font-weight="bold">{label}</text>')
    svg.append(f'<text x="{W - R + 32}" y="{y + 16}">{s["rps"]:.0f} req/s, p99 {s["p"]["99"]:.0f} ms</text>')
    svg.append(f'<text x="{W - R + 32}" y="{y + 31}" fill="#555">CPU {s["cpu"]:.1f} ms/request, load {s["load"]:.0f}</text>')
svg.append(f'<text x="{W - R + 14}" y="{H - B}" fill="#555">medians of {sets[0]["n"]} and {sets[1]["n"]} runs</text>')
svg.append("</svg>")
target.write_text("\n".join(svg))
