"""docs/operations.md's load-test section, written from an analysis (report.analyse).

The runner replaces only the text between the two markers, so the rest of the file (backups,
processes, what other people write there) stays as it is.
"""

BEGIN = "<!-- loadtest:begin (written by `make loadtest`; edits between these markers are lost) -->"
END = "<!-- loadtest:end -->"


def _ms(value):
    return "–" if value is None else f"{value:.0f}" if value >= 10 else f"{value:.1f}"


def _errors(errors):
    if not errors:
        return "none"
    return ", ".join(f"{n} × {'failed connection' if s == 0 else s}" for s, n in errors.items())


def _phase_table(analysis):
    lines = [
        "| phase | what happened | s | requests | req/s | p50 ms | p95 ms | p99 ms | errors by status |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for result in analysis["phases"]:
        phase, stats = result["phase"], result["stats"]
        lines.append(
            f"| {phase.name} | {phase.description} | {phase.seconds:.1f} | {stats['requests']} "
            f"| {stats['rps']:.1f} | {_ms(stats['p50'])} | {_ms(stats['p95'])} | {_ms(stats['p99'])} "
            f"| {_errors(stats['errors'])} |"
        )
    steady = analysis["steady"]
    if steady:
        lines.append(
            f"| **steady (all)** | the steady phases together | | {steady['requests']} | {steady['rps']:.1f} "
            f"| {_ms(steady['p50'])} | {_ms(steady['p95'])} | {_ms(steady['p99'])} "
            f"| {_errors(steady['errors'])} |"
        )
    return lines


def _targets_table(analysis):
    lines = ["| phase | target | held | measured |", "|---|---|---|---|"]
    for result in analysis["phases"]:
        for target, held, detail in result["checks"]:
            lines.append(f"| {result['phase'].name} | {target} | {'yes' if held else '**no**'} | {detail} |")
    return lines


def _recovery_lines(analysis):
    lines = []
    for result in analysis["phases"]:
        if not result["recovery"]:
            continue
        phase = result["phase"]
        lines += [
            f"Phase `{phase.name}`: seconds from the database's return to the first 200 of each kind "
            "(requests sent during the outage or after it):",
            "",
            "| kind | first 200 after return (s) |",
            "|---|---|",
        ]
        for kind, delay in result["recovery"].items():
            lines.append(f"| {kind} | {'none' if delay is None else f'{delay:.2f}'} |")
        lines.append("")
    return lines


def _kinds_table(analysis):
    kinds = sorted({kind for result in analysis["phases"] for kind in result["kinds"]})
    names = [result["phase"].name for result in analysis["phases"]]
    lines = ["| kind | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for kind in kinds:
        cells = []
        for result in analysis["phases"]:
            row = result["kinds"].get(kind)
            cells.append("–" if row is None else f"{_ms(row['p50'])} / {_ms(row['p95'])}")
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    return lines


def _server_tables(server, by_phase):
    lines = [
        "| kind | requests | p50 ms | p95 ms | p99 ms | mean ms | share of server time |",
        "|---|---|---|---|---|---|---|",
    ]
    for kind, row in server.items():
        lines.append(
            f"| {kind} | {row['requests']} | {_ms(row['p50'])} | {_ms(row['p95'])} | {_ms(row['p99'])} "
            f"| {_ms(row['mean'])} | {row['share'] * 100:.0f} % |"
        )
    kinds = list(server) or sorted({k for row in by_phase.values() for k in row})
    if by_phase and kinds:
        lines += [
            "",
            "Server p50 (ms) per kind in each phase:",
            "",
            "| phase | " + " | ".join(kinds) + " |",
            "|---|" + "---|" * len(kinds),
        ]
        for name, row in by_phase.items():
            lines.append(f"| {name} | " + " | ".join(_ms(row.get(kind)) for kind in kinds) + " |")
    return lines


def render(analysis, server, by_phase, context, notes):
    """The section's text. `context` is a list of (label, value) describing the run."""
    lines = [BEGIN, "", "## Load and fault benchmark (`make loadtest`)", ""]
    lines += [f"- {label}: {value}" for label, value in context]
    checks = [(r["phase"].name, *check) for r in analysis["phases"] for check in r["checks"]]
    missed = [f"{name}: {target} ({detail})" for name, target, held, detail in checks if not held]
    lines += ["", f"**Targets held: {len(checks) - len(missed)} of {len(checks)}.**"]
    lines += [f"Missed: {'; '.join(missed)}." if missed else "None missed."]
    lines += [
        "",
        "Requests are counted in the phase in which they were sent, errors (5xx, failed connections) in "
        "the phase in which they were answered. Latency is the client's (queueing in gunicorn's backlog "
        "included); server time is the worker's, from the access log.",
        "",
        "### Per phase",
        "",
        *_phase_table(analysis),
        "",
        "### Targets",
        "",
        *_targets_table(analysis),
        "",
        *(["### Recovery after the database outage", "", *_recovery_lines(analysis)]),
        "### Client latency per kind (p50 / p95 ms)",
        "",
        *_kinds_table(analysis),
        "",
        "### Server time per kind of URL (steady phases, gunicorn access log)",
        "",
        *_server_tables(server, by_phase),
        "",
    ]
    if notes:
        lines += ["### Notes from this run", "", *[f"- {note}" for note in notes], ""]
    lines.append(END)
    return "\n".join(lines) + "\n"


def splice(existing, section):
    """`existing` with its load-test section replaced by `section` (appended when it has none)."""
    if existing is None:
        return "# Operations\n\n" + section
    start, end = existing.find(BEGIN), existing.find(END)
    if start != -1 and end > start:
        return existing[:start] + section.rstrip("\n") + existing[end + len(END) :]
    return existing.rstrip("\n") + "\n\n" + section
