"""A request that lost its database connection before changing anything is run once more, not answered 500."""

import pytest
from django.core.handlers.exception import convert_exception_to_response
from django.db import OperationalError, connection
from django.http import HttpResponse
from django.test import RequestFactory

from core.database_retry import RetryAfterLostDatabaseConnectionMiddleware


def _connection_ended_by_the_server(execute, sql, params, many, context):
    raise OperationalError("terminating connection due to administrator command")


@pytest.fixture
def lost_connection(monkeypatch):
    """The connection reports itself unusable, and the middleware's reconnect is a no-op inside the test."""
    monkeypatch.setattr(connection, "is_usable", lambda: False)
    monkeypatch.setattr(connection, "close", lambda: None)
    monkeypatch.setattr(connection, "ensure_connection", lambda: None)


def _view_failing_first(calls, wrapper):
    def view(request):
        calls.append(request.method)
        with connection.cursor() as cursor:
            if len(calls) == 1:
                with connection.execute_wrapper(wrapper):
                    cursor.execute("SELECT 1")
            else:
                cursor.execute("SELECT 1")
        return HttpResponse("the page")

    return convert_exception_to_response(view)


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_request_whose_connection_was_ended_runs_again(lost_connection, method):
    calls = []
    middleware = RetryAfterLostDatabaseConnectionMiddleware(_view_failing_first(calls, _connection_ended_by_the_server))

    response = middleware(getattr(RequestFactory(), method)("/ka/"))

    assert response.status_code == 200
    assert len(calls) == 2


def test_an_error_that_is_not_a_lost_connection_is_not_repeated(monkeypatch):
    def broken(execute, sql, params, many, context):
        raise OperationalError("division by zero")

    monkeypatch.setattr(connection, "is_usable", lambda: True)
    calls = []
    middleware = RetryAfterLostDatabaseConnectionMiddleware(_view_failing_first(calls, broken))

    response = middleware(RequestFactory().get("/ka/"))

    assert response.status_code == 500
    assert len(calls) == 1
