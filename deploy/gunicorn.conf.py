"""gunicorn settings for Agrofarm: `gunicorn -c deploy/gunicorn.conf.py portal.wsgi:application`.

Behind nginx (deploy/nginx/), which buffers slow clients and uploads, so plain sync workers suffice.
Every value can be changed from the environment (the systemd unit reads /etc/agrofarm/agrofarm.env).
"""

import multiprocessing
import os
import re

from gunicorn.glogging import Logger

# nginx's upstream (deploy/nginx/agrofarm-http.conf) points at this socket; systemd creates /run/agrofarm.
bind = os.environ.get("GUNICORN_BIND", "unix:/run/agrofarm/gunicorn.sock")
# Each worker is one Django process (~150 MB); two per core keeps the cores busy while one waits on the database.
workers = int(os.environ.get("WEB_CONCURRENCY", min(2 * multiprocessing.cpu_count() + 1, 8)))
# A page takes well under a second; a request still running after this is stuck, and its worker is replaced.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
# Replace each worker after about ten thousand requests, so a slow leak never grows. A new worker costs about
# 2 s of CPU (1.5 s importing Django and Wagtail, 0.4 s for its first page) and starts with empty fragment
# memory: after every 1,000 requests, under load, that was a third of the worker's time. A worker grows to
# ~180 MB over its first thousand requests (its caches filling) and about 1 MB per thousand after that.
# GUNICORN_MAX_REQUESTS=0 never replaces them (make bench: it times pages, not workers starting).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "10000"))
max_requests_jitter = max_requests // 10
# Logs go to stderr (journald). The access log is off: nginx keeps it, with the cache status. When it is
# switched on (--access-logfile -), it shows the visitor's address as nginx saw it.
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%({x-real-ip}i)s [%({x-forwarded-for}i)s] %(t)s "%(r)s" %(s)s %(b)s %(M)sms'

# A private link's token (…/manage/<token>/) never reaches the access log, as in nginx's (agrofarm-http.conf)
# and the app's (core/log_filters.py): everything after "/manage/" is written as "...".
PRIVATE_LINK = re.compile(r"(/manage(?:/|%2f))[^\s\"]*", re.IGNORECASE)


class PrivateLinksHidden(Logger):
    def atoms(self, resp, req, environ, request_time):
        return {
            name: PRIVATE_LINK.sub(r"\1...", value) if isinstance(value, str) else value
            for name, value in super().atoms(resp, req, environ, request_time).items()
        }


logger_class = PrivateLinksHidden
proc_name = "agrofarm"
