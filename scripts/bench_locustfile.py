"""`make bench` over HTTP: anonymous visitors asking for one page (BENCH_PATH) as fast as it answers.

Run by scripts/bench.py through locust's command line (headless). Every request is a first visit: the cookie
jar is emptied, so a page that hands out a CSRF cookie does not turn the next request into a bypass. Each
request's time and X-Cache-Status are written to BENCH_RESULT (JSON) when locust quits, so the percentiles
keep their fractions of a millisecond (locust's own tables round them).
"""

import json
import os
import time
from collections import Counter

from locust import FastHttpUser, constant, events, task

PATH = os.environ["BENCH_PATH"]
# "messages=bench" makes every request skip the app's page cache (core/page_cache.BYPASS_COOKIES) without a
# session lookup: the page is rendered each time, as for a visitor just after sending a form.
HEADERS = {"Cookie": os.environ["BENCH_COOKIE"]} if os.environ.get("BENCH_COOKIE") else {}
RESULT = os.environ["BENCH_RESULT"]

timings = []
cache_statuses = Counter()
failures = Counter()
clock = {}


@events.test_start.add_listener
def _started(**kwargs):
    clock["start"] = time.perf_counter()


@events.request.add_listener
def _answered(response_time, response, exception, **kwargs):
    clock["end"] = time.perf_counter()
    if exception:
        failures[str(exception)[:80]] += 1
        return
    timings.append(response_time)
    cache_statuses[response.headers.get("X-Cache-Status") or "-"] += 1


@events.quitting.add_listener
def _write(**kwargs):
    with open(RESULT, "w") as result:
        json.dump(
            {
                "seconds": clock.get("end", 0) - clock.get("start", 0),
                "timings_ms": timings,
                "cache_statuses": cache_statuses,
                "failures": failures,
            },
            result,
        )


class AnonymousVisitor(FastHttpUser):
    wait_time = constant(0)

    @task
    def open_the_page(self):
        self.client.cookiejar.clear()
        self.client.get(PATH, headers=HEADERS)
