"""`make bench`: a fresh database, the demo content, 10,000 seeded products, then timings of the main pages.

PostgreSQL is used when BENCH_DATABASE_URL is set or a server answers on 127.0.0.1:5432 (the database
`agrofarm_bench` is dropped and created again); otherwise a temporary SQLite file in .bench/.

Two parts. In-process (Django's test client, the page cache off): requests/s, p50, p99 and queries per request
of each page, rendered with the fragments pages are made of kept (as between changes), then cold (the first
visitor after a change: BENCH_COLD_REQUESTS each); add pages with BENCH_EXTRA_URLS="label=/path/ other=/path/?q=x",
skip the part with BENCH_IN_PROCESS=0.
Over HTTP (locust, BENCH_USERS concurrent anonymous visitors for BENCH_SECONDS per run): each page direct to
gunicorn (2 workers, production settings), rendered each time (a cookie that bypasses the app's page cache)
and from the app's page cache, through the shipped nginx config (its microcache), and
as a static copy of the same HTML served by that nginx, the ceiling for this machine and load generator.
BENCH_ROUNDS rounds (5) of every page on each server in turn; the medians are reported.
BENCH_REUSE=1 times the database the last run left (migrated, nothing loaded again): for timing code changes.
"""

import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.serve import (  # noqa: E402 (the script runs as a file, with scripts/ first on the path)
    LocalStack,
    collect_static,
    free_port,
    local_environment,
    make_readable_by_workers,
    microcache_seconds,
    nginx_missing_reason,
)

BENCH_DIR = ROOT / ".bench"
PRODUCTS = int(os.environ.get("BENCH_PRODUCTS", "10000"))
REQUESTS = os.environ.get("BENCH_REQUESTS", "200")
COLD_REQUESTS = os.environ.get("BENCH_COLD_REQUESTS", "30")  # a cold search costs ~0.4 s
USERS = int(os.environ.get("BENCH_USERS", "16"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "6"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
# BENCH_REUSE=1: time the database the last run built (after code changes that need no new content).
REUSE = os.environ.get("BENCH_REUSE") == "1"
LOCUSTFILE = ROOT / "scripts" / "bench_locustfile.py"
# The pages timed over HTTP; the bare page is the yardstick.
BARE = "bare-page"
SEARCH = "/ka/search/?q=%E1%83%95%E1%83%90%E1%83%A8%E1%83%9A%E1%83%94%E1%83%91%E1%83%98"  # ვაშლები, apples


def postgres_reachable(host="127.0.0.1", port=5432):
    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex((host, port)) == 0


def fresh_postgres(url):
    import psycopg2

    parts = urlparse(url)
    name = parts.path.lstrip("/")
    admin = psycopg2.connect(
        dbname="postgres",
        user=parts.username or "postgres",
        password=parts.password or None,
        host=parts.hostname or "127.0.0.1",
        port=parts.port or 5432,
    )
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()
    return url


def database_url():
    url = os.environ.get("BENCH_DATABASE_URL")
    if not url and postgres_reachable():
        url = "postgres://postgres@127.0.0.1:5432/agrofarm_bench"
    if REUSE:
        return url or f"sqlite:///{BENCH_DIR / 'bench.sqlite3'}"
    if url:
        return fresh_postgres(url) if url.startswith("postgres") else url
    database = BENCH_DIR / "bench.sqlite3"
    database.unlink(missing_ok=True)
    return f"sqlite:///{database}"


def manage(env, *args, capture=False):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        text=True,
        stdout=subprocess.PIPE if capture else None,
    )
    return result.stdout


def step(title, env, *args):
    started = time.perf_counter()
    manage(env, *args)
    print(f"  {title}: {time.perf_counter() - started:.1f} s", flush=True)


def main():
    BENCH_DIR.mkdir(exist_ok=True)
    url = database_url()
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DEBUG": "false",
        "ALLOWED_HOSTS": "localhost,127.0.0.1",
        "MEDIA_ROOT": str(BENCH_DIR / "media"),
        "LOG_LEVEL": "ERROR",
        # One client sends every request: lift the suggestion endpoint's per-client limit.
        "SEARCH_SUGGESTIONS_PER_CLIENT_PER_MINUTE": "1000000",
    }
    print(f"Benchmark database: {url.split('@')[-1]}{' (kept from the last run)' if REUSE else ''}", flush=True)
    step("migrate", env, "migrate", "--noinput", "-v0")
    if not REUSE:
        step("cache table", env, "createcachetable")
        step("demo content", env, "load_demo_content", "-v0")
        step(f"seed {PRODUCTS} products", env, "seed_catalogue", "--products", str(PRODUCTS))
        step("search index and vocabulary", env, "update_index", "-v0")
    product = (
        manage(
            env,
            "shell",
            "--no-imports",
            "-c",
            "from products.models import ProductPage;"
            "print(ProductPage.objects.live().filter(locale__language_code='ka', alias_of__isnull=True, "
            "gallery_images__isnull=False).order_by('path').first().url_path)",
            capture=True,
        )
        .strip()
        .splitlines()[-1]
    )
    product_path = "/ka/" + product.split("/", 2)[2]
    if os.environ.get("BENCH_IN_PROCESS", "1") != "0":
        in_process(env, product_path)
    http_pages = {
        "catalogue": "/ka/produktebi/",
        "product": product_path,
        "home": "/ka/",
        "search": SEARCH,
        BARE: "/ka/konpidentsialurobis-politika/",
    }
    over_http(env, http_pages)


def in_process(env, product_path):
    urls = [
        "catalogue=/ka/produktebi/",
        "catalogue-filtered=/en/produktebi/?category=khili&village=nikozi&price_max=50&sort=price_asc",
        f"product={product_path}",
        "home=/ka/",
        "bare-wagtail-page=/ka/konpidentsialurobis-politika/",
        # Site search: a common Georgian word (about 1,250 matching offers), Cyrillic on /en/, a typo,
        # a zero-result query and the as-you-type suggestions.
        f"search={SEARCH}",
        "search-cyrillic=/en/search/?q=%D0%BC%D0%B0%D1%86%D0%BE%D0%BD%D0%B8",
        "search-typo=/en/search/?q=churchkela",
        "search-nothing=/ru/search/?q=bananas",
        "search-suggest=/en/search/suggest/?q=mats",
        *os.environ.get("BENCH_EXTRA_URLS", "").split(),
    ]
    arguments = ["benchmark_pages"]
    for item in urls:
        arguments += ["--url", item]
    # Rendered each time (the page cache off), with the fragments pages are made of kept as between changes;
    # then cold: the first visitor after a change, every fragment rendered afresh.
    rendered = {**env, "PAGE_CACHE_SECONDS": "0"}
    print("\nIn-process, rendered (django.test.Client, one request at a time, page cache off):", flush=True)
    manage(rendered, *arguments, "--requests", REQUESTS)
    print("\nIn-process, cold (the same, after a change each time: no fragment kept):", flush=True)
    manage(rendered, *arguments, "--requests", COLD_REQUESTS, "--warmup", "2", "--cold")


def over_http(env, pages):
    reason = nginx_missing_reason()
    if reason:
        print(f"\nHTTP part skipped: {reason}", flush=True)
        return
    port, app_port, copy_port = free_port(), free_port(), free_port()
    copies = BENCH_DIR / "pages"
    copies.mkdir(exist_ok=True)
    stack_env = local_environment(
        port=port,
        static_root=BENCH_DIR / "static",
        media_root=env["MEDIA_ROOT"],
        secret_key=secrets.token_urlsafe(50),
        database_url=env["DATABASE_URL"],
    )
    stack_env.update(
        {
            "DATABASE_CONN_MAX_AGE": "60",  # as .env.example recommends for servers
            "LOG_LEVEL": "ERROR",
            "SEARCH_SUGGESTIONS_PER_CLIENT_PER_MINUTE": "1000000",
            # Steady state: a worker replaced mid-run (every ~20 s per worker at these rates) takes ~2 s of
            # CPU from whichever page is being timed, and its fragments start cold.
            "GUNICORN_MAX_REQUESTS": "0",
        }
    )
    step_started = time.perf_counter()
    collect_static(stack_env)
    print(f"  collectstatic (production storage): {time.perf_counter() - step_started:.1f} s", flush=True)
    # The static copies: the same HTML, from nginx's disk, with the same compression as proxied pages.
    copy_server = f"""
    server {{
        listen 127.0.0.1:{copy_port};
        root {copies};
        charset utf-8;
        gzip on;
        gzip_min_length 1024;
    }}"""
    BENCH_DIR.chmod(0o755)
    with LocalStack(BENCH_DIR / "stack", stack_env, port=port, app_port=app_port, extra_http=copy_server) as stack:
        for label, path in pages.items():
            request = urllib.request.Request(stack.url + path, headers={"Accept-Encoding": "identity"})
            with urllib.request.urlopen(request, timeout=120) as response:  # renders the renditions too
                (copies / f"{label}.html").write_bytes(response.read())
        make_readable_by_workers(copies, env["MEDIA_ROOT"])
        targets = [
            ("gunicorn (rendered)", stack.app_url, "render"),
            ("gunicorn (app cache)", stack.app_url, None),
            ("nginx microcache", stack.url, None),
            ("nginx static copy", f"http://127.0.0.1:{copy_port}", "copy"),
        ]
        # Rounds, and in each round every page in turn on one server: a page and the bare page it is compared
        # with are timed a few seconds apart, and a slow spell of this shared machine touches every page.
        runs = {}
        for round_number in range(1, ROUNDS + 1):
            print(f"  round {round_number} of {ROUNDS}", flush=True)
            for target, host, kind in targets:
                for label, path in pages.items():
                    target_path = f"/{label}.html" if kind == "copy" else path
                    name = f"{label}-{kind or target.split()[0]}-{round_number}"
                    cookie = "messages=bench" if kind == "render" else ""
                    row = run_locust(host, target_path, name, cookie=cookie)
                    runs.setdefault((label, target), []).append(row)
                    print(f"    {label:<10} {target:<20} {row['rps']:>8.1f} req/s", flush=True)
    report(pages, [target for target, _, _ in targets], runs)


def run_locust(host, path, name, cookie=""):
    result_file = BENCH_DIR / f"locust-{name}.json"
    result_file.unlink(missing_ok=True)
    command = [
        sys.executable, "-m", "locust", "-f", str(LOCUSTFILE), "--headless", "--only-summary",
        "--users", str(USERS), "--spawn-rate", str(USERS), "--run-time", f"{SECONDS}s",
        "--host", host, "--loglevel", "ERROR", "--exit-code-on-error", "0",
    ]  # fmt: skip
    with open(BENCH_DIR / f"locust-{name}.log", "w") as log:
        subprocess.run(
            command,
            cwd=ROOT,
            env={**os.environ, "BENCH_PATH": path, "BENCH_RESULT": str(result_file), "BENCH_COOKIE": cookie},
            stdout=log,
            stderr=subprocess.STDOUT,
            check=True,
        )
    data = json.loads(result_file.read_text())
    timings = data["timings_ms"]
    return {
        "rps": len(timings) / data["seconds"] if data["seconds"] else 0.0,
        "timings": timings,
        "failures": sum(data["failures"].values()),
        "cache_statuses": data["cache_statuses"],
    }


def report(pages, targets, runs):
    print(
        f"\nOver HTTP: {USERS} concurrent anonymous visitors, {SECONDS} s per run, {ROUNDS} rounds (locust "
        f"FastHttpUser on this machine's {os.cpu_count()} cores, beside nginx and gunicorn); nginx microcache "
        f"{microcache_seconds()} s.\n"
        "req/s: the median of the rounds; p50 and p99 of every request in them. x bare: against the bare page on "
        "the same server, the median of each round's ratio; x static: likewise against nginx serving this page's "
        "HTML from a file. spread: the lowest and highest round's x bare.\n",
        flush=True,
    )
    header = (
        f"{'page':<10}  {'served by':<20}  {'req/s':>8}  {'p50 ms':>7}  {'p99 ms':>7}  {'x bare':>6}  "
        f"{'spread':>9}  {'x static':>8}"
    )
    print(f"{header}  X-Cache-Status", flush=True)
    for label in pages:
        for target in targets:
            rounds = runs[label, target]
            to_bare = [row["rps"] / bare["rps"] for row, bare in zip(rounds, runs[BARE, target], strict=True)]
            statics = runs[label, targets[-1]]
            to_static = [row["rps"] / static["rps"] for row, static in zip(rounds, statics, strict=True)]
            timings = [timing for row in rounds for timing in row["timings"]]
            statuses = Counter()
            for row in rounds:
                statuses.update(row["cache_statuses"])
            total = sum(statuses.values()) or 1
            cache = ", ".join(f"{status} {count * 100 / total:.0f}%" for status, count in sorted(statuses.items()))
            failed = sum(row["failures"] for row in rounds)
            failures = f", {failed} failed" if failed else ""
            p50 = statistics.median(timings) if timings else float("nan")
            p99 = statistics.quantiles(timings, n=100, method="inclusive")[98] if len(timings) > 1 else float("nan")
            spread = f"{min(to_bare):.2f}-{max(to_bare):.2f}"
            print(
                f"{label:<10}  {target:<20}  {statistics.median(row['rps'] for row in rounds):>8.1f}  {p50:>7.2f}  "
                f"{p99:>7.2f}  {statistics.median(to_bare):>6.2f}  {spread:>9}  {statistics.median(to_static):>8.3f}  "
                f"{cache}{failures}",
                flush=True,
            )


if __name__ == "__main__":
    main()
