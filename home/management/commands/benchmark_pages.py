"""Time pages in-process with Django's test client: requests per second, p50, p99 and queries per request.

Used by `make bench`; any page can be added with another --url (the search pages, for instance).
The client runs the whole Django stack (middleware, routing, templates, database) but no HTTP server,
so the figures compare pages with each other rather than promise a throughput for the site.
"""

import statistics
import time

from django.core.management.base import BaseCommand, CommandError
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from core.page_cache import bump_generation


class Command(BaseCommand):
    help = "Request each --url N times after a warm-up and report requests/s, p50, p99 and queries per request."

    def add_arguments(self, parser):
        parser.add_argument(
            "--url",
            action="append",
            required=True,
            metavar="[LABEL=]PATH",
            help="A page to time, e.g. 'catalogue=/ka/produktebi/'. Repeat for more pages.",
        )
        parser.add_argument("--requests", type=int, default=200, help="Timed requests per page (default 200).")
        parser.add_argument("--warmup", type=int, default=10, help="Untimed requests first (default 10).")
        parser.add_argument("--host", default="localhost", help="Host header sent (must be in ALLOWED_HOSTS).")
        parser.add_argument(
            "--cold",
            action="store_true",
            help="Bump the page cache's generation before each request (untimed): every page and fragment is "
            "rendered afresh, as for the first visitor after a change.",
        )

    def handle(self, *args, **options):
        if options["requests"] < 2:
            raise CommandError("--requests must be at least 2")
        client = Client(HTTP_HOST=options["host"])
        # Keep one database connection for the whole run, as a server with DATABASE_CONN_MAX_AGE does
        # (and as Django's own test runner does), so queries can be counted across requests.
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        rows = []
        for spec in options["url"]:
            label, separator, path = spec.partition("=")
            if not separator or label.startswith("/"):  # no label, only a path (which may hold "=")
                label, path = spec, spec
            rows.append(self._measure(client, label, path, options["requests"], options["warmup"], options["cold"]))
        self._report(rows)

    def _measure(self, client, label, path, count, warmup, cold=False):
        for _ in range(max(warmup, 1)):
            response = client.get(path)
            if response.status_code != 200:
                raise CommandError(f"{path} answered {response.status_code}, not 200")
        if cold:
            bump_generation()
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        query_count = len(queries.captured_queries)  # read now: the next request clears the log
        timings = []
        elapsed = 0.0
        for _ in range(count):
            if cold:
                bump_generation()
            before = time.perf_counter()
            client.get(path)
            timings.append(time.perf_counter() - before)
            elapsed += timings[-1]
        return {
            "label": label,
            "path": path,
            "rps": count / elapsed,
            "p50": statistics.median(timings) * 1000,
            "p99": statistics.quantiles(timings, n=100, method="inclusive")[98] * 1000,
            "queries": query_count,
            "count": count,
        }

    def _report(self, rows):
        width = max(len(row["label"]) for row in rows)
        self.stdout.write(f"{'page':<{width}}  {'req/s':>7}  {'p50 ms':>7}  {'p99 ms':>7}  {'queries':>7}  path")
        for row in rows:
            self.stdout.write(
                f"{row['label']:<{width}}  {row['rps']:>7.1f}  {row['p50']:>7.1f}  {row['p99']:>7.1f}  "
                f"{row['queries']:>7}  {row['path']}"
            )
        self.stdout.write(f"({rows[0]['count']} requests per page after warm-up, in-process django.test.Client)")
