"""A request whose database connection was lost before it changed anything is answered by running it again.

PostgreSQL ends a session when it restarts, fails over, or an operator runs pg_terminate_backend; the request
that was using it fails with OperationalError. If nothing it wrote was committed yet (a rolled-back transaction
counts as nothing), running it once more on a new connection is safe, for a GET and a POST alike: the visitor
gets their page, the farmer their reference, instead of a server error. Counters of form attempts may count the
request twice, which is harmless. Connections kept between requests are checked before reuse
(CONN_HEALTH_CHECKS in portal/settings/base.py); this covers the ones lost in the middle of a request.
"""

import logging
import re

from django.db import DatabaseError, InterfaceError, OperationalError, connection, transaction

logger = logging.getLogger(__name__)

CHANGING_STATEMENT = re.compile(r"^\s*(INSERT|UPDATE|DELETE)\b", re.IGNORECASE)
# Tables whose rows a repeated request may write twice without harm: rate-limit counters, the cache table,
# and the counters of searches (a search counted twice).
REPEATABLE_TABLES = re.compile(
    r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(products_formattempt|agrofarm_shared_cache'
    r'|wagtailsearchpromotions_query|wagtailsearchpromotions_querydailyhits|search_unansweredquery)"?',
    re.IGNORECASE,
)


class _RequestDatabaseUse:
    """Watches one request's statements: was its connection lost, and did it commit a change?"""

    def __init__(self):
        self.connection_lost = False
        self.committed_a_change = False

    def _committed(self):
        self.committed_a_change = True

    def __call__(self, execute, sql, params, many, context):
        try:
            result = execute(sql, params, many, context)
        except (OperationalError, InterfaceError):
            if not context["connection"].is_usable():
                self.connection_lost = True
            raise
        if CHANGING_STATEMENT.match(sql) and not REPEATABLE_TABLES.match(sql):
            if context["connection"].in_atomic_block:
                transaction.on_commit(self._committed)  # dropped if the transaction rolls back
            else:
                self._committed()
        return result


class RetryAfterLostDatabaseConnectionMiddleware:
    """Outermost middleware: one more run of a request that failed on a lost connection before any change."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        use = _RequestDatabaseUse()
        with connection.execute_wrapper(use):
            response = self.get_response(request)
        if response.status_code < 500 or not use.connection_lost or use.committed_a_change:
            return response
        logger.warning("Database connection lost during %s %s; running the request again", request.method,
                       request.path)  # fmt: skip
        connection.close()
        for upload in request.FILES.values() if request.method == "POST" else ():
            upload.seek(0)
        try:
            connection.ensure_connection()
        except DatabaseError:
            return response  # the database is still away: the first answer stands
        return self.get_response(request)
