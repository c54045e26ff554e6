"""Summary table (stdout and summary.md), latency chart (latency.svg) and warm-up chart (warmup.svg)
of a bench/intake run.

    python3 report.py <results-dir> <connections> <seconds>
"""
import html
import json
import pathlib
import statistics
import sys

out = pathlib.Path(sys.argv[1])
connections, seconds = sys.argv[2], sys.argv[3]
runs = sorted(out.glob("run*/summary.json"), key=lambda p: int(p.parent.name[3:]))
data = [json.load(open(p)) for p in runs]
if not data:
    sys.exit("no runs")
GOAL_RPS, GOAL_P99 = 1000, 50.0


def errors(d):
    return d["non201"] + d["connect_errors"] + d["read_errors"] + d["write_errors"] + d["timeouts"]


def wal_kb(d):
    return f'{d["wal_kb"]:.1f}' if "wal_kb" in d else "–"


def per_commit(d):
    return f'{d["per_commit"]:.1f}' if d.get("per_commit") else "–"


rows = ["| run | req/s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | errors | 201 | stored | lost | no outbox row | CPU ms/req app + db | per commit | WAL KB/req | load avg (before → after) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
for i, d in enumerate(data, 1):
    p = d["percentiles_ms"]
    rows.append(f'| {i} | {d["rps"]:.0f} | {p["50"]:.1f} | {p["90"]:.1f} | {p["99"]:.1f} | {p["99.9"]:.1f} | {p["100"]:.0f} '
                f'| {errors(d)} | {d["acked"]} | {d["stored"]} | {d["lost"]} | {d["no_outbox"]} '
                f'| {d["app_cpu_ms"]:.2f} + {d["db_cpu_ms"]:.2f} '
                f'| {per_commit(d)} | {wal_kb(d)} '
                f'| {d["load_before"]} → {d["load_after"]} |')


def spread(values, fmt):
    return f"{fmt.format(statistics.median(values))} ({fmt.format(min(values))}–{fmt.format(max(values))})"


rps = [d["rps"] for d in data]
p50 = [d["percentiles_ms"]["50"] for d in data]
p99 = [d["percentiles_ms"]["99"] for d in data]
cpu = [d["app_cpu_ms"] + d["db_cpu_ms"] for d in data]
met = statistics.median(rps) >= GOAL_RPS and statistics.median(p99) < GOAL_P99
lines = [f"# Intake benchmark, {len(data)} runs of {seconds} s, {connections} connections", "",
         *rows, "",
         f"Median (min–max): **{spread(rps, '{:.0f}')} req/s**, p50 {spread(p50, '{:.1f}')} ms, "
         f"**p99 {spread(p99, '{:.1f}')} ms**; CPU per request (app + database) {spread(cpu, '{:.2f}')} ms; errors {sum(errors(d) for d in data)}; "
         f"lost {sum(d['lost'] for d in data)}, without outbox row {sum(d['no_outbox'] for d in data)}, "
         f"duplicate numbers {max(d['dup_numbers'] for d in data)}.",
         f"Goal ≥ {GOAL_RPS} req/s with p99 < {GOAL_P99:.0f} ms: **{'met' if met else 'not met'}**.",
         *([f"Warm-up: {data[0]['warmup_requests']} requests; "
            + {True: "a database checkpoint completed in it.",
               False: "**no database checkpoint completed in it: the runs may include the creation of WAL files.**",
               None: "whether a database checkpoint completed in it is unknown (no access to pg_control_checkpoint())."}[data[0]["db_warm"]]]
           if "db_warm" in data[0] else []), ""]
(out / "summary.md").write_text("\n".join(lines))
print("\n".join(lines))

# Latency by percentile, one line per run: the usual HdrHistogram view, x on a log scale of 1/(1-p).
import math

W, H, L, R, T, B = 780, 400, 60, 220, 40, 50
ps = ["50", "75", "90", "95", "99", "99.9", "99.99"]
xs = {q: math.log10(1 / (1 - float(q) / 100)) for q in ps}
xmax = xs["99.99"]
ymax = max(GOAL_P99 * 1.2, max(d["percentiles_ms"]["99.99"] for d in data) * 1.1)
sx = lambda v: L + (W - L - R) * v / xmax
sy = lambda v: H - B - (H - T - B) * min(v, ymax) / ymax
colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"]
svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
       f'<rect width="{W}" height="{H}" fill="white"/>',
       f'<text x="{L}" y="22" font-size="14" font-weight="bold">POST /api/v1/messages: latency by percentile '
       f'({connections} connections, {seconds} s per run)</text>']
step = 10 ** math.floor(math.log10(ymax / 5))
step = next(s for s in (step, 2 * step, 5 * step, 10 * step) if ymax / s <= 8)
v = 0.0
while v <= ymax:
    svg.append(f'<line x1="{L}" x2="{W - R}" y1="{sy(v):.1f}" y2="{sy(v):.1f}" stroke="#ddd"/>')
    svg.append(f'<text x="{L - 6}" y="{sy(v) + 4:.1f}" text-anchor="end">{v:g}</text>')
    v += step
for q in ps:
    svg.append(f'<line x1="{sx(xs[q]):.1f}" x2="{sx(xs[q]):.1f}" y1="{T}" y2="{H - B}" stroke="#eee"/>')
    svg.append(f'<text x="{sx(xs[q]):.1f}" y="{H - B + 16}" text-anchor="middle">p{q}</text>')
svg.append(f'<text x="{(L + W - R) / 2}" y="{H - 12}" text-anchor="middle">percentile</text>')
svg.append(f'<text x="16" y="{(T + H - B) / 2}" transform="rotate(-90 16 {(T + H - B) / 2})" text-anchor="middle">ms</text>')
svg.append(f'<line x1="{L}" x2="{W - R}" y1="{sy(GOAL_P99):.1f}" y2="{sy(GOAL_P99):.1f}" stroke="#000" stroke-dasharray="6 4"/>')
svg.append(f'<text x="{L + 4}" y="{sy(GOAL_P99) - 4:.1f}">goal: p99 &lt; {GOAL_P99:.0f} ms</text>')
svg.append(f'<line x1="{sx(xs["99"]):.1f}" x2="{sx(xs["99"]):.1f}" y1="{T}" y2="{H - B}" stroke="#000" stroke-dasharray="2 3"/>')
for i, d in enumerate(data):
    c = colours[i % len(colours)]
    pts = " ".join(f'{sx(xs[q]):.1f},{sy(d["percentiles_ms"][q]):.1f}' for q in ps)
    svg.append(f'<polyline points="{pts}" fill="none" stroke="{c}" stroke-width="2"/>')
    for q in ps:
        svg.append(f'<circle cx="{sx(xs[q]):.1f}" cy="{sy(d["percentiles_ms"][q]):.1f}" r="3" fill="{c}"/>')
    y = T + 10 + 34 * i
    svg.append(f'<rect x="{W - R + 14}" y="{y - 9}" width="12" height="12" fill="{c}"/>')
    svg.append(f'<text x="{W - R + 32}" y="{y + 1}">run {i + 1}: {d["rps"]:.0f} req/s</text>')
    svg.append(f'<text x="{W - R + 32}" y="{y + 16}" fill="#555">p99 {d["percentiles_ms"]["99"]:.1f} ms, '
               f'load {html.escape(d["load_after"].split()[0])}</text>')
svg.append("</svg>")
(out / "latency.svg").write_text("\n".join(svg))


# The warm-up, slice by slice: throughput and p99, shaded while the database had no checkpoint
# yet (it was still creating WAL files). Shows when the JIT and the database settled.
slices = sorted((out / "warmup").glob("*/summary.json"), key=lambda p: int(p.parent.name))
if slices:
    state = lambda f: {"t": True, "f": False}.get(f.read_text().strip()) if f.exists() else None
    warm = [(json.load(open(p)), state(p.parent / "db_warm")) for p in slices]
    W, H, L, R, T, B = 780, 340, 60, 70, 40, 50
    n = len(warm)
    rps_max = max(max(d["rps"] for d, _ in warm) * 1.15, GOAL_RPS * 1.2)
    p99_max = max(min(max(d["percentiles_ms"]["99"] for d, _ in warm), 4 * GOAL_P99) * 1.15, GOAL_P99 * 1.5)
    sx = lambda i: L + (W - L - R) * (i + 0.5) / n
    sr = lambda v: H - B - (H - T - B) * v / rps_max
    sp = lambda v: H - B - (H - T - B) * min(v, p99_max) / p99_max
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
           f'<rect width="{W}" height="{H}" fill="white"/>',
           f'<text x="{L}" y="22" font-size="14" font-weight="bold">Warm-up in 10 s slices: '
           f'req/s (bars, left) and p99 (line, right)</text>']
    for i, (d, db_warm) in enumerate(warm):
        x0, x1 = L + (W - L - R) * i / n, L + (W - L - R) * (i + 1) / n
        if db_warm is False:
            svg.append(f'<rect x="{x0:.1f}" y="{T}" width="{x1 - x0:.1f}" height="{H - T - B}" fill="#fde9d9"/>')
        svg.append(f'<rect x="{x0 + 3:.1f}" y="{sr(d["rps"]):.1f}" width="{x1 - x0 - 6:.1f}" '
                   f'height="{H - B - sr(d["rps"]):.1f}" fill="#9ecae1"/>')
        svg.append(f'<text x="{(x0 + x1) / 2:.1f}" y="{H - B + 16}" text-anchor="middle">{(i + 1) * 10}</text>')
    for v in range(0, int(rps_max) + 1, 500):
        svg.append(f'<text x="{L - 6}" y="{sr(v) + 4:.1f}" text-anchor="end">{v}</text>')
    for v in range(0, int(p99_max) + 1, 25):
        svg.append(f'<text x="{W - R + 6}" y="{sp(v) + 4:.1f}">{v} ms</text>')
    svg.append(f'<line x1="{L}" x2="{W - R}" y1="{sr(GOAL_RPS):.1f}" y2="{sr(GOAL_RPS):.1f}" stroke="#08519c" stroke-dasharray="6 4"/>')
    svg.append(f'<line x1="{L}" x2="{W - R}" y1="{sp(GOAL_P99):.1f}" y2="{sp(GOAL_P99):.1f}" stroke="#a50f15" stroke-dasharray="2 3"/>')
    pts = " ".join(f'{sx(i):.1f},{sp(d["percentiles_ms"]["99"]):.1f}' for i, (d, _) in enumerate(warm))
    svg.append(f'<polyline points="{pts}" fill="none" stroke="#a50f15" stroke-width="2"/>')
    svg.append(f'<text x="{(L + W - R) / 2}" y="{H - 12}" text-anchor="middle">seconds of warm-up '
               f'(shaded: no database checkpoint yet, WAL files still being created)</text>')
    svg.append(f'<text x="{L + 4}" y="{sr(GOAL_RPS) - 4:.1f}" fill="#08519c">goal {GOAL_RPS} req/s</text>')
    svg.append(f'<text x="{W - R - 4}" y="{sp(GOAL_P99) - 4:.1f}" text-anchor="end" fill="#a50f15">goal p99 &lt; {GOAL_P99:.0f} ms</text>')
    svg.append("</svg>")
    (out / "warmup.svg").write_text("\n".join(svg))
