"""`make audit`: Lighthouse (npm, pinned in scripts/audit.sh) on Debian's Chromium against the
production stack (gunicorn, PostgreSQL, Elasticsearch, Redis, production settings, the page cache
on), one page of every kind in each language, as a phone and as a desktop; the four category
scores go to docs/audit.md. Not part of `make test`: it takes minutes and its figures vary with
the machine's load.

    python -m benchmarks.lighthouse [--languages nb] [--out docs/audit.md]
"""

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.loadtest.discover import BODY_CLASS, fetch, sitemap_paths
from benchmarks.loadtest.stack import Config, Stack, log

REPO = Path(__file__).resolve().parents[2]
LIGHTHOUSE = REPO / ".cache" / "audit" / "node_modules" / "lighthouse" / "cli" / "index.js"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage " + (
    "--disable-background-networking --disable-component-update --disable-sync"
)
# Search results are left out of search engines' indexes on purpose (noindex): SEO is not scored there.
NOT_INDEXED = ("search",)
FORM_FACTORS = {"phone": [], "desktop": ["--preset=desktop"]}


def page_kinds(base_url, languages):
    """{(language, kind): path}: the first page of each body class in the sitemap, plus search."""
    found = {}
    for path in sitemap_paths(base_url):
        language = path.strip("/").split("/")[0]
        if language not in languages:
            continue
        status, body = fetch(base_url, path)
        match = BODY_CLASS.search(body)
        kind = (match.group(1).split() or ["page"])[0] if match and status == 200 else None
        if kind and (language, kind) not in found:
            found[(language, kind)] = path
    for language in languages:
        found[(language, "search")] = f"/{language}/search/?q=plan"
    return found


def lighthouse(url, form_factor, work):
    report = work / "report.json"
    command = [
        "node",
        str(LIGHTHOUSE),
        url,
        "--chrome-path=/usr/bin/chromium",
        f"--chrome-flags={CHROME_FLAGS}",
        "--output=json",
        f"--output-path={report}",
        "--quiet",
        "--only-categories=" + ",".join(CATEGORIES),
        '--extra-headers={"X-Forwarded-Proto": "https"}',
        *FORM_FACTORS[form_factor],
    ]
    for _attempt in range(2):  # Chromium now and then fails to start on a loaded machine: once more
        run = subprocess.run(command, timeout=240, capture_output=True, text=True)
        if run.returncode == 0:
            break
    else:
        return dict.fromkeys(CATEGORIES), {
            "lcp": None,
            "cls": None,
            "failing": [f"Lighthouse failed: {run.stderr[-200:]}"],
        }
    result = json.loads(report.read_text())
    # A category Lighthouse could not score (its run failed on the page) is None, shown as "–".
    scores = {name: score_of(result["categories"][name]) for name in CATEGORIES}
    failing = [
        audit_id
        for audit_id, audit in result["audits"].items()
        if audit.get("score") is not None and audit["score"] < 1 and audit.get("scoreDisplayMode") == "binary"
    ]
    metrics = result["audits"]
    error = (result.get("runtimeError") or {}).get("code")
    return scores, {
        "lcp": metrics["largest-contentful-paint"].get("numericValue"),
        "cls": metrics["cumulative-layout-shift"].get("numericValue"),
        "failing": failing + ([f"runtime error {error}"] if error else []),
    }


def score_of(category):
    return None if category.get("score") is None else round(category["score"] * 100)


def figure(value, digits):
    return "–" if value is None else f"{value:.{digits}f}"


def markdown(rows, when, notes):
    lines = [
        "# Audit: Lighthouse",
        "",
        f"Measured {when} by `make audit` (benchmarks/lighthouse): Lighthouse {lighthouse_version()} on "
        "Debian's Chromium, against the production stack (gunicorn, PostgreSQL, Elasticsearch, Redis, "
        "production settings), one page of each kind per language, as a phone (Lighthouse's default "
        "mobile emulation and simulated throttling) and as a desktop.",
        "",
        "Targets (issue #18): performance ≥ 95 on mobile; accessibility, best practices and SEO 100 on every "
        "page type (search results are `noindex` on purpose, so their SEO score is not a target).",
        "",
        "| language | page | form factor | performance | accessibility | best practices | SEO | LCP ms | CLS "
        "| binary audits not passed |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for row in rows:
        scores, extra = row["scores"], row["extra"]
        lines.append(
            f"| {row['language']} | {row['kind']} (`{row['path']}`) | {row['form_factor']} | "
            + " | ".join("–" if scores[name] is None else str(scores[name]) for name in CATEGORIES)
            + f" | {figure(extra['lcp'], 0)} | {figure(extra['cls'], 3)} | "
            + f"{', '.join(extra['failing']) or '–'} |"
        )
    lines += ["", "## Notes", "", *[f"- {note}" for note in notes], ""]
    return "\n".join(lines)


def lighthouse_version():
    package = LIGHTHOUSE.parents[1] / "package.json"
    return json.loads(package.read_text())["version"] if package.exists() else "?"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", default="nb,sv,en", type=lambda v: tuple(v.split(",")))
    parser.add_argument("--out", default=str(REPO / "docs" / "audit.md"))
    args = parser.parse_args(argv)
    if not LIGHTHOUSE.exists() or not shutil.which("node"):
        sys.exit("Lighthouse is installed by scripts/audit.sh (make audit)")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    # Plain http on 127.0.0.1, no TLS proxy: Lighthouse sends its extra headers with the page but not
    # with its own robots.txt request, which production's redirect to https would turn into a 301.
    os.environ["SECURE_SSL_REDIRECT"] = "false"

    config = Config(
        port=8200, postgres_port=54349, es_port=9221, es_transport_port=9321, redis_port=63819,
        folder=REPO / ".cache" / "audit" / "stack",
    )  # fmt: skip
    stack = Stack(config)
    rows, notes = [], [f"load average at the start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores"]
    try:
        stack.start_services()
        stack.prepare()
        stack.start("web")
        stack.wait_until_up()
        kinds = page_kinds(config.base_url, args.languages)
        log(f"auditing {len(kinds)} pages × {len(FORM_FACTORS)} form factors")
        with tempfile.TemporaryDirectory() as work:
            for (language, kind), path in sorted(kinds.items()):
                for form_factor in FORM_FACTORS:
                    fetch(config.base_url, path)  # warm: the page cache serves visitors after the first
                    scores, extra = lighthouse(config.base_url + path, form_factor, Path(work))
                    if kind in NOT_INDEXED:
                        extra["failing"] = [name for name in extra["failing"] if name != "is-crawlable"]
                    row = {"language": language, "kind": kind, "path": path, "form_factor": form_factor}
                    rows.append({**row, "scores": scores, "extra": extra})
                    log(f"{language} {kind} {form_factor}: {scores}")
    finally:
        stack.stop_all()
    notes.append(f"load average at the end: {os.getloadavg()[0]:.2f}")
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    Path(args.out).write_text(markdown(rows, when, notes))
    log(f"wrote {args.out}")


if __name__ == "__main__":
    main()
