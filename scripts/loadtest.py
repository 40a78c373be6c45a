"""`make loadtest`: the production stack on PostgreSQL under a crowd, with faults, then a count of what was kept.

1. A fresh PostgreSQL database (LOADTEST_DATABASE_URL, default agrofarm_loadtest on 127.0.0.1:5432) with the
   demo content; or a copy of LOADTEST_TEMPLATE_DATABASE (an already loaded one) to save the minutes of loading.
2. gunicorn (LOADTEST_WORKERS, production settings) behind the shipped nginx on free loopback ports.
3. locust, headless: LOADTEST_USERS visitors (100) browsing and searching, and farmers sending
   LOADTEST_LISTINGS_PER_MINUTE listings (20) through the form, honestly, for LOADTEST_SECONDS (180).
4. Meanwhile: every app connection to the database ended with pg_terminate_backend at 25% and 75% of the run,
   one gunicorn worker killed (SIGKILL) at 50%.
5. Then: server errors (5xx and broken connections), p50 / p99, every reference a farmer was shown checked for
   its submission row and its draft farmer and product pages, and the same stack (no restart) asked again.

Every client comes through nginx from 127.0.0.1, so the per-address listing limit is lifted for the run
(LISTING_POSTS_PER_CLIENT_PER_HOUR); each farmer has their own phone number, so the per-phone limit stays.
Exits 1 when a figure misses: any server error, any lost submission, no recovery.
"""

import csv
import os
import secrets
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
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
    nginx_missing_reason,
)

WORK = ROOT / ".loadtest"
LOCUSTFILE = ROOT / "scripts" / "loadtest_locustfile.py"
USERS = int(os.environ.get("LOADTEST_USERS", "100"))
LISTINGS_PER_MINUTE = int(os.environ.get("LOADTEST_LISTINGS_PER_MINUTE", "20"))
SECONDS = int(os.environ.get("LOADTEST_SECONDS", "180"))
WORKERS = int(os.environ.get("LOADTEST_WORKERS", "4"))
DATABASE_URL = os.environ.get("LOADTEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/agrofarm_loadtest")
FARMER_PACING = 12  # seconds between one farmer's listings: a form takes ~7 s (fill time, photo, private page)


def postgres(url, dbname=None):
    import psycopg2

    parts = urlparse(url)
    connection = psycopg2.connect(
        dbname=dbname or parts.path.lstrip("/"),
        user=parts.username or "postgres",
        password=parts.password or None,
        host=parts.hostname or "127.0.0.1",
        port=parts.port or 5432,
    )
    connection.autocommit = True
    return connection


def fresh_database(url, template=None):
    name = urlparse(url).path.lstrip("/")
    admin = postgres(url, "postgres")
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    admin.close()


def drop_database(url):
    name = urlparse(url).path.lstrip("/")
    admin = postgres(url, "postgres")
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def terminate_app_connections(url):
    """pg_terminate_backend on every session of the app's database but this one; returns how many."""
    connection = postgres(url)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        ended = cursor.fetchone()[0]
    connection.close()
    return ended


def gunicorn_workers(master_pid):
    import psutil

    return [child.pid for child in psutil.Process(master_pid).children()]


class Faults(threading.Thread):
    """The faults of the run, at fixed shares of its length; what each did is kept in `log`."""

    def __init__(self, url, gunicorn_pid, seconds):
        super().__init__(daemon=True)
        self.url, self.gunicorn_pid, self.seconds = url, gunicorn_pid, seconds
        self.log = []
        self.stopped = threading.Event()

    def _at(self, share, action):
        started = time.monotonic()
        if self.stopped.wait(max(0, self.started + share * self.seconds - started)):
            return
        self.log.append(f"{time.monotonic() - self.started:5.0f} s  {action()}")
        print(f"  fault: {self.log[-1]}", flush=True)

    def _terminate(self):
        return f"pg_terminate_backend ended {terminate_app_connections(self.url)} app connections"

    def _kill_worker(self):
        workers = gunicorn_workers(self.gunicorn_pid)
        victim = workers[0]
        os.kill(victim, signal.SIGKILL)
        return f"SIGKILL to gunicorn worker {victim} (of {len(workers)})"

    def run(self):
        self.started = time.monotonic()
        for share, action in [(0.25, self._terminate), (0.5, self._kill_worker), (0.75, self._terminate)]:
            self._at(share, action)


def read_locust_stats(prefix):
    """(aggregated row, rows by name, failures) from locust's CSV files."""
    with open(f"{prefix}_stats.csv", newline="") as file:
        rows = list(csv.DictReader(file))
    with open(f"{prefix}_failures.csv", newline="") as file:
        failures = list(csv.DictReader(file))
    total = next(row for row in rows if row["Name"] == "Aggregated")
    return total, [row for row in rows if row["Name"] != "Aggregated"], failures


def check_references(url, references):
    """(found, missing): references whose submission row, draft farmer page and draft product page all exist."""
    connection = postgres(url)
    found, missing = 0, []
    with connection.cursor() as cursor:
        for reference in references:
            cursor.execute(
                "SELECT s.status, farmer.id, product.id, product.live FROM products_listingsubmission s "
                "LEFT JOIN wagtailcore_page farmer ON farmer.id = s.farmer_page_id "
                "LEFT JOIN wagtailcore_page product ON product.id = s.product_page_id WHERE s.reference = %s",
                [reference],
            )
            row = cursor.fetchone()
            if row and row[1] and row[2] and not row[3]:
                found += 1
            else:
                missing.append((reference, row))
    connection.close()
    return found, missing


def fetch_status(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError as error:
        return f"{type(error).__name__}"


def main():
    reason = nginx_missing_reason()
    if reason:
        sys.exit(f"make loadtest: {reason}")
    if not DATABASE_URL.startswith("postgres"):
        sys.exit("make loadtest runs on PostgreSQL: set LOADTEST_DATABASE_URL=postgres://...")
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir()
    WORK.chmod(0o755)  # nginx's workers (www-data) read static files and media inside
    port, app_port = free_port(), free_port()
    env = local_environment(
        port=port,
        static_root=WORK / "static",
        media_root=WORK / "media",
        secret_key=secrets.token_urlsafe(50),
        database_url=DATABASE_URL,
    )
    env.pop("REDIS_URL", None)  # rate limits and caches of this run stay in its own database and processes
    env.update(
        {
            "DATABASE_CONN_MAX_AGE": "60",  # as on a server (.env.example): kept connections, checked before reuse
            "LISTING_POSTS_PER_CLIENT_PER_HOUR": "1000000",  # every farmer comes from 127.0.0.1 through nginx
            "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
            "LOG_LEVEL": "WARNING",
        }
    )
    template = os.environ.get("LOADTEST_TEMPLATE_DATABASE")
    print(f"Database {urlparse(DATABASE_URL).path.lstrip('/')}" + (f" (copy of {template})" if template else ""))
    fresh_database(DATABASE_URL, template)
    stack = None
    try:
        if template:
            media = os.environ.get("LOADTEST_TEMPLATE_MEDIA")
            shutil.copytree(media, WORK / "media") if media else (WORK / "media").mkdir()
        else:
            manage(env, "migrate", "--noinput", "-v0")
            manage(env, "createcachetable")
            manage(env, "load_demo_content", "-v0")
        collect_static(env, public_only=True)
        make_readable_by_workers(WORK / "static", WORK / "media")
        stack = LocalStack(WORK / "nginx", env, port=port, app_port=app_port, workers=WORKERS).start()
        gunicorn = stack.processes[0]
        print(f"gunicorn {WORKERS} workers on :{app_port} behind nginx on :{port}; "
              f"{USERS} visitors and {LISTINGS_PER_MINUTE} listings a minute for {SECONDS} s", flush=True)  # fmt: skip

        farmers = max(1, round(LISTINGS_PER_MINUTE * FARMER_PACING / 60))
        references_file = WORK / "references.txt"
        locust_env = {
            **os.environ,
            "LOADTEST_FARMERS": str(farmers),
            "LOADTEST_FARMER_PACING": str(farmers * 60 / LISTINGS_PER_MINUTE),
            "LOADTEST_REFERENCES": str(references_file),
        }
        faults = Faults(DATABASE_URL, gunicorn.pid, SECONDS)
        locust = subprocess.Popen(
            [sys.executable, "-m", "locust", "-f", str(LOCUSTFILE), "--headless", "--only-summary",
             "--host", stack.url, "--users", str(USERS + farmers), "--spawn-rate", "25",
             "--run-time", f"{SECONDS}s", "--stop-timeout", "30", "--csv", str(WORK / "locust"),
             "--exit-code-on-error", "0"],
            cwd=ROOT,
            env=locust_env,
        )  # fmt: skip
        faults.start()
        locust.wait()
        faults.stopped.set()

        total, rows, failures = read_locust_stats(WORK / "locust")
        references = references_file.read_text().split() if references_file.exists() else []
        found, missing = check_references(DATABASE_URL, references)
        server_errors = sum(
            int(row["Occurrences"])
            for row in failures
            if any(code in row["Error"] for code in ("500", "502", "503", "504", "Connection", "connection"))
        )
        timeouts = sum(int(row["Occurrences"]) for row in failures if "timed out" in row["Error"])
        recovery = {path: fetch_status(stack.url + path) for path in ("/ka/", "/ka/produktebi/", "/en/search/?q=honey")}
        recovered = all(status == 200 for status in recovery.values()) and gunicorn.poll() is None
        workers_now = len(gunicorn_workers(gunicorn.pid)) if gunicorn.poll() is None else 0

        print("\n== make loadtest: figures")
        print(f"requests {total['Request Count']}, failed {total['Failure Count']}, server errors {server_errors}, "
              f"no answer within locust's 60 s {timeouts}; "
              f"{float(total['Requests/s']):.1f} requests/s")  # fmt: skip
        print(f"response times: p50 {total['50%']} ms, p95 {total['95%']} ms, p99 {total['99%']} ms, "
              f"max {float(total['Max Response Time']):.0f} ms")  # fmt: skip
        for row in rows:
            print(f"  {row['Type']:4} {row['Name']:16} {row['Request Count']:>6} requests, "
                  f"{row['Failure Count']:>3} failed, p50 {row['50%']:>5} ms, p99 {row['99%']:>6} ms")  # fmt: skip
        for row in failures:
            print(f"  failure: {row['Method']} {row['Name']}: {row['Error']} × {row['Occurrences']}")
        print("faults:")
        for line in faults.log:
            print(f"  {line}")
        print(f"submissions: {len(references)} farmers shown a reference, {found} with their row and draft pages, "
              f"{len(missing)} missing {missing[:5] if missing else ''}")  # fmt: skip
        print(f"recovery without restart: {recovery}; "
              f"gunicorn master {gunicorn.pid} running with {workers_now} workers")  # fmt: skip
        ok = server_errors == 0 and timeouts == 0 and not missing and recovered and references
        print("== PASSED" if ok else "== FAILED")
        return 0 if ok else 1
    finally:
        if stack:
            stack.stop()
        if os.environ.get("LOADTEST_KEEP") != "1":
            drop_database(DATABASE_URL)


if __name__ == "__main__":
    sys.exit(main())
