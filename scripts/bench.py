"""`make bench`: a fresh database, the demo content, 10,000 seeded products, then timings of the main pages.

PostgreSQL is used when BENCH_DATABASE_URL is set or a server answers on 127.0.0.1:5432 (the database
`agrofarm_bench` is dropped and created again); otherwise a temporary SQLite file in .bench/.
Add pages to time with BENCH_EXTRA_URLS="label=/path/ other=/path/?q=x".
"""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / ".bench"
PRODUCTS = int(os.environ.get("BENCH_PRODUCTS", "10000"))
REQUESTS = os.environ.get("BENCH_REQUESTS", "200")


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
    if url:
        return fresh_postgres(url) if url.startswith("postgres") else url
    if postgres_reachable():
        return fresh_postgres("postgres://postgres@127.0.0.1:5432/agrofarm_bench")
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
    print(f"Benchmark database: {url.split('@')[-1]}", flush=True)
    step("migrate", env, "migrate", "--noinput", "-v0")
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
    urls = [
        "catalogue=/ka/produktebi/",
        "catalogue-filtered=/en/produktebi/?category=khili&village=nikozi&price_max=50&sort=price_asc",
        f"product={product_path}",
        "home=/ka/",
        "bare-wagtail-page=/ka/konfidentsialurobis-politika/",
        # Site search: a common Georgian word (about 1,250 matching offers), Cyrillic on /en/, a typo,
        # a zero-result query and the as-you-type suggestions.
        "search=/ka/search/?q=%E1%83%95%E1%83%90%E1%83%A8%E1%83%9A%E1%83%94%E1%83%91%E1%83%98",
        "search-cyrillic=/en/search/?q=%D0%BC%D0%B0%D1%86%D0%BE%D0%BD%D0%B8",
        "search-typo=/en/search/?q=churchkela",
        "search-nothing=/ru/search/?q=bananas",
        "search-suggest=/en/search/suggest/?q=mats",
        *os.environ.get("BENCH_EXTRA_URLS", "").split(),
    ]
    arguments = ["benchmark_pages", "--requests", REQUESTS]
    for item in urls:
        arguments += ["--url", item]
    manage(env, *arguments)


if __name__ == "__main__":
    main()
