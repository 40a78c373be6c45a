"""The files in deploy/ as a server reads them: nginx -t on the shipped site, systemd's own checks on the units."""

import shutil
import subprocess

import pytest

from scripts.serve import DEPLOY, NGINX, PRODUCTION_PATHS, free_port, render_nginx_config

from .conftest import needs_stack

SITE_PLACEHOLDERS = {
    "/etc/letsencrypt/live/agrofarm.ge/fullchain.pem": "cert.pem",
    "/etc/letsencrypt/live/agrofarm.ge/privkey.pem": "key.pem",
    "/var/log/nginx/": "",
}


def nginx_test(prefix, config):
    return subprocess.run(
        [NGINX, "-t", "-p", str(prefix), "-c", str(config), "-e", str(prefix / "error.log")],
        capture_output=True,
        text=True,
    )


@needs_stack
def test_the_shipped_site_passes_nginx_t_with_a_certificate_in_place(tmp_path):
    """conf.d/agrofarm.conf, sites-enabled/agrofarm and snippets/agrofarm-locations.conf as on a Debian server."""
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=agrofarm.ge",
         "-keyout", tmp_path / "key.pem", "-out", tmp_path / "cert.pem"],
        check=True,
        capture_output=True,
    )  # fmt: skip
    for folder in ["conf.d", "sites-enabled", "snippets"]:
        (tmp_path / folder).mkdir()
    http = (DEPLOY / "nginx" / "agrofarm-http.conf").read_text()
    (tmp_path / "conf.d" / "agrofarm.conf").write_text(
        http.replace("/var/cache/nginx/agrofarm", str(tmp_path / "cache"))
    )
    site = (DEPLOY / "nginx" / "agrofarm-site.conf").read_text()
    for placeholder, local in SITE_PLACEHOLDERS.items():
        assert placeholder in site
        site = site.replace(placeholder, f"{tmp_path}/{local}")
    (tmp_path / "sites-enabled" / "agrofarm").write_text(site)
    shutil.copy(DEPLOY / "nginx" / "agrofarm-locations.conf", tmp_path / "snippets")
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nevents {{}}\n"
        "http {\n    include /etc/nginx/mime.types;\n    include conf.d/*.conf;\n    include sites-enabled/*;\n}\n"
    )

    result = nginx_test(tmp_path, tmp_path / "nginx.conf")

    assert result.returncode == 0, result.stderr
    assert "[warn]" not in result.stderr


@needs_stack
def test_the_loopback_configuration_passes_nginx_t(tmp_path):
    config = render_nginx_config(
        tmp_path, port=free_port(), app_port=free_port(), static_root=tmp_path / "static", media_root=tmp_path / "media"
    )

    result = nginx_test(tmp_path, config)

    assert result.returncode == 0, result.stderr
    assert "[warn]" not in result.stderr
    for production_path in PRODUCTION_PATHS:  # each one was found and pointed at a local folder
        assert production_path not in (tmp_path / "agrofarm-http.conf").read_text()
        assert production_path not in (tmp_path / "snippets" / "agrofarm-locations.conf").read_text()


def test_every_production_path_the_loopback_run_replaces_is_in_the_shipped_files():
    names = ["agrofarm-http.conf", "agrofarm-locations.conf"]
    shipped = "".join((DEPLOY / "nginx" / name).read_text() for name in names)
    for production_path in PRODUCTION_PATHS:
        assert production_path in shipped


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze not installed")
def test_the_systemd_units_pass_systemd_analyze_verify():
    units = sorted(str(path) for path in (DEPLOY / "systemd").iterdir())
    result = subprocess.run(["systemd-analyze", "verify", "--man=false", *units], capture_output=True, text=True)

    # The app's own paths (/srv/agrofarm/app/.venv/...) exist only on the server.
    problems = [line for line in result.stderr.splitlines() if "is not executable: No such file" not in line]
    assert problems == []
    assert {path.rsplit("/", 1)[1] for path in units} >= {
        "agrofarm.service",
        "agrofarm-publish-scheduled.service",
        "agrofarm-publish-scheduled.timer",
        "agrofarm-expire-listings.service",
        "agrofarm-expire-listings.timer",
    }
