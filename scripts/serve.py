"""`make serve`: the production stack on loopback, gunicorn (production settings, 2 workers) behind Debian's nginx.

nginx runs the shipped configuration (deploy/nginx/) with its production paths pointed at local folders under
.serve/ (configuration, cache, logs, collected static files). The database and the media folder are those of
`make run` (db.sqlite3 and media/, or DATABASE_URL and MEDIA_ROOT). The stack test (tests/deploy/) and
`make bench` start the same stack through `LocalStack`.
"""

import os
import pwd
import re
import secrets
import signal
import socket
import stat
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
NGINX = os.environ.get("NGINX", "/usr/sbin/nginx")
WORKERS_USER = "www-data"  # Debian's nginx workers; the shipped nginx.conf names it too

# What the shipped nginx files name on a server, and the keyword under which LocalStack replaces it.
PRODUCTION_PATHS = {
    "/var/cache/nginx/agrofarm": "cache",
    "unix:/run/agrofarm/gunicorn.sock": "app",
    "/srv/agrofarm/static/": "static",
    "/srv/agrofarm/media/": "media",
}


def microcache_seconds():
    """The microcache's lifetime for pages, read from the shipped locations file."""
    text = (DEPLOY / "nginx" / "agrofarm-locations.conf").read_text()
    return int(re.search(r"^\s*proxy_cache_valid [\d ]+ (\d+)s;", text, re.MULTILINE).group(1))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_is_free(port):
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def nginx_missing_reason():
    """Why the stack cannot run here, or None."""
    if not os.access(NGINX, os.X_OK):
        return f"nginx not found at {NGINX} (apt-get install -y nginx, or set NGINX=/path/to/nginx)"
    try:
        import gunicorn  # noqa: F401
    except ImportError:
        return "gunicorn is not installed (pip install -r requirements.txt)"
    return None


def local_environment(*, port, static_root, media_root, secret_key, database_url=None):
    """Production settings with what loopback needs: plain HTTP, local hosts, local folders.

    Only environment variables are set: production's defaults (HTTPS redirect, secure cookies) stay as they are.
    """
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secret_key,
        "DEBUG": "false",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "CSRF_TRUSTED_ORIGINS": f"http://127.0.0.1:{port},http://localhost:{port}",
        # Loopback speaks plain HTTP: no redirect to HTTPS, no HSTS.
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        # nginx is the one proxy in front of the app (deploy/nginx/agrofarm-locations.conf).
        "NUMBER_OF_PROXIES": "1",
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        "STATIC_ROOT": str(static_root),
        "MEDIA_ROOT": str(media_root),
        "EMAIL_BACKEND": os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"),
        "PYTHONUNBUFFERED": "1",
    }
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def manage(env, *args, quiet=False):
    """Run manage.py in a child process; its output is shown unless quiet (then kept for the error)."""
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        text=True,
        capture_output=quiet,
    )
    if result.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout or ''}{result.stderr or ''}")
    return result.stdout


def collect_static(env, public_only=False):
    """collectstatic with the production storage (hashed names, compressed copies).

    public_only leaves out the admin's files, which public pages never load: seconds instead of half a minute,
    for the stack test.
    """
    ignore = ["-i", "admin", "-i", "wagtail*", "-i", "table_block"] if public_only else []
    manage(env, "collectstatic", "--noinput", "-v0", *ignore, quiet=True)


def make_readable_by_workers(*folders):
    """nginx's workers run as www-data: give them read access to what they serve, or say what blocks it.

    Only needed when nginx starts as root (it then switches its workers to www-data); files written later by
    the app (image renditions) are readable through its umask 022.
    """
    if os.geteuid() != 0:
        return
    for folder in folders:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        for ancestor in reversed(folder.resolve().parents):
            if not os.stat(ancestor).st_mode & stat.S_IXOTH:
                raise RuntimeError(
                    f"nginx's workers ({WORKERS_USER}) cannot enter {ancestor}: chmod o+x {ancestor}, "
                    "or keep the files in another folder"
                )
        for path in [folder, *folder.rglob("*")]:
            mode = os.lstat(path).st_mode
            if stat.S_ISLNK(mode):
                continue
            wanted = stat.S_IROTH | (stat.S_IXOTH if stat.S_ISDIR(mode) else 0)
            if mode & wanted != wanted:
                os.chmod(path, stat.S_IMODE(mode) | wanted)


def render_nginx_config(prefix, *, port, app_port, static_root, media_root, extra_http=""):
    """Write nginx.conf for loopback into prefix/ with copies of the shipped files; return its path."""
    prefix = Path(prefix)
    local = {
        "cache": str(prefix / "cache"),
        "app": f"127.0.0.1:{app_port}",
        "static": f"{Path(static_root).resolve()}/",
        "media": f"{Path(media_root).resolve()}/",
    }
    (prefix / "snippets").mkdir(parents=True, exist_ok=True)
    (prefix / "temp").mkdir(exist_ok=True)
    for source, target in [
        ("agrofarm-http.conf", "agrofarm-http.conf"),
        ("agrofarm-locations.conf", "snippets/agrofarm-locations.conf"),
    ]:
        text = (DEPLOY / "nginx" / source).read_text()
        for production, keyword in PRODUCTION_PATHS.items():
            text = text.replace(production, local[keyword])
        (prefix / target).write_text(text)
    user = ""
    if os.geteuid() == 0:
        pwd.getpwnam(WORKERS_USER)  # KeyError: Debian's nginx package creates this user
        user = f"user {WORKERS_USER};"
    text = (DEPLOY / "nginx" / "serve.conf.template").read_text()
    for name, value in {"@USER@": user, "@PREFIX@": str(prefix), "@PORT@": str(port), "@EXTRA@": extra_http}.items():
        text = text.replace(name, value)
    config = prefix / "nginx.conf"
    config.write_text(text)
    return config


def wait_for(url, process, timeout=60):
    """Wait until url answers (any HTTP status), or fail if the process behind it ends first."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            if process.poll() is not None:
                raise RuntimeError(f"{process.args[0]} ended with status {process.returncode}") from None
            if time.monotonic() > deadline:
                raise RuntimeError(f"{url} did not answer within {timeout} s") from None
            time.sleep(0.2)


class LocalStack:
    """gunicorn on 127.0.0.1:app_port behind nginx on 127.0.0.1:port, both children of this process."""

    def __init__(self, prefix, env, *, port, app_port, workers=2, logs_to_files=True, gunicorn_args=(), extra_http=""):
        self.prefix = Path(prefix)
        self.env = {**env, "GUNICORN_BIND": f"127.0.0.1:{app_port}", "WEB_CONCURRENCY": str(workers)}
        self.port = port
        self.app_port = app_port
        self.logs_to_files = logs_to_files
        self.gunicorn_args = list(gunicorn_args)
        self.extra_http = extra_http
        self.url = f"http://127.0.0.1:{port}"
        self.app_url = f"http://127.0.0.1:{app_port}"
        self.processes = []

    def _spawn(self, command, log_name, **options):
        """Start a child whose output goes to prefix/log_name (or to this terminal)."""
        log = open(self.prefix / log_name, "ab") if self.logs_to_files else None
        try:
            process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT if log else None, **options)
        finally:
            if log:
                log.close()  # the child has its own copy
        self.processes.append(process)
        return process

    def start(self):
        self.prefix.mkdir(parents=True, exist_ok=True)
        config = render_nginx_config(
            self.prefix,
            port=self.port,
            app_port=self.app_port,
            static_root=self.env["STATIC_ROOT"],
            media_root=self.env["MEDIA_ROOT"],
            extra_http=self.extra_http,
        )
        nginx = [NGINX, "-p", str(self.prefix), "-c", str(config), "-e", str(self.prefix / "error.log")]
        checked = subprocess.run([*nginx, "-t", "-q"], capture_output=True, text=True)
        if checked.returncode:
            raise RuntimeError(f"nginx -t failed for {config}:\n{checked.stderr}")
        previous_umask = os.umask(0o022)  # renditions the app writes must be readable by nginx's workers
        try:
            gunicorn = self._spawn(
                [sys.executable, "-m", "gunicorn", "-c", str(DEPLOY / "gunicorn.conf.py"), *self.gunicorn_args,
                 "portal.wsgi:application"],
                "gunicorn.log",
                cwd=ROOT,
                env=self.env,
            )  # fmt: skip
            wait_for(f"{self.app_url}/robots.txt", gunicorn)
            server = self._spawn(nginx, "nginx.log")
            wait_for(f"{self.url}/robots.txt", server)
        except BaseException:
            self.stop()
            raise
        finally:
            os.umask(previous_umask)
        return self

    def stop(self):
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
        for process in reversed(self.processes):
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self.processes = []

    def wait(self):
        """Block until one of the two processes ends (or Ctrl-C), then stop the other."""
        try:
            while all(process.poll() is None for process in self.processes):
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass
        finally:
            self.stop()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info):
        self.stop()


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def main():
    reason = nginx_missing_reason()
    if reason:
        sys.exit(f"make serve: {reason}")
    prefix = ROOT / ".serve"
    port = int(os.environ.get("SERVE_PORT", "8080"))
    app_port = int(os.environ.get("SERVE_APP_PORT", "8081"))
    for number, variable in [(port, "SERVE_PORT"), (app_port, "SERVE_APP_PORT")]:
        if not port_is_free(number):
            sys.exit(f"make serve: port {number} is taken; choose another with {variable}=...")
    prefix.mkdir(exist_ok=True)
    # A key of its own for loopback, kept so sessions survive a restart; production has its own in its env file.
    key_file = prefix / "secret-key"
    if not key_file.exists():
        key_file.touch(mode=0o600)
        key_file.write_text(secrets.token_urlsafe(50))
    static_root = prefix / "static"
    media_root = Path(os.environ.get("MEDIA_ROOT", ROOT / "media"))
    env = local_environment(
        port=port, static_root=static_root, media_root=media_root, secret_key=key_file.read_text().strip()
    )
    print("collectstatic (production storage) into .serve/static ...", flush=True)
    collect_static(env)
    make_readable_by_workers(static_root, media_root)
    stack = LocalStack(prefix, env, port=port, app_port=app_port, logs_to_files=False)
    signal.signal(signal.SIGTERM, _interrupt)
    stack.start()
    print(
        f"\nnginx  http://127.0.0.1:{port}/  (microcache {microcache_seconds()} s; logs in .serve/)\n"
        f"gunicorn  http://127.0.0.1:{app_port}/  (2 workers, portal.settings.production)\n"
        "Ctrl-C stops both.",
        flush=True,
    )
    stack.wait()


if __name__ == "__main__":
    main()
