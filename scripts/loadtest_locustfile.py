"""`make loadtest` (scripts/loadtest.py): a mixed crowd of visitors, and farmers sending listings, on a running site.

Each simulated visitor behaves like a browser: keeps its cookies (so after a product page, whose inquiry form
hands out a CSRF cookie, its next pages bypass nginx's microcache, as a real visitor's would), waits a few
seconds between pages, and mostly browses the catalogue and products in the three languages. At the end the
share of each X-Cache-Status is printed beside locust's own table.

Each simulated farmer (LOADTEST_FARMERS of them, one listing each LOADTEST_FARMER_PACING seconds) goes through the
form as a browser does: the form page, a token from /form-token/ (the page is cached and carries none), the
minimum fill time waited out, the form with a photo posted, the private page read for the reference. The
references are appended to LOADTEST_REFERENCES (scripts/loadtest.py checks each has its row and pages).
"""

import io
import json
import os
import random
import re
import time
from collections import Counter

from locust import FastHttpUser, between, constant_pacing, events, task

LANGUAGES = ["ka", "ka", "ka", "en", "ru"]  # mostly Georgian visitors
SEARCHES = ["ვაშლი", "თაფლი", "ღვინო", "churchkhela", "мед", "cheese", "ყველი"]
cache_statuses = Counter()
products = []


@events.test_start.add_listener
def _find_products(environment, **kwargs):
    """Product addresses from the sitemap, once for all visitors."""
    import urllib.request

    with urllib.request.urlopen(f"{environment.host}/sitemap.xml", timeout=60) as response:
        sitemap = response.read().decode()
    products.extend(re.findall(r"https?://[^/<]+(/(?:ka|en|ru)/fermerebi/[a-z0-9-]+/[a-z0-9-]+/)<", sitemap))


@events.request.add_listener
def _count(response, exception, **kwargs):
    if not exception and response is not None:
        cache_statuses[response.headers.get("X-Cache-Status") or "-"] += 1


@events.quitting.add_listener
def _report(**kwargs):
    total = sum(cache_statuses.values()) or 1
    shares = ", ".join(f"{status} {count * 100 / total:.0f}%" for status, count in cache_statuses.most_common())
    print(f"X-Cache-Status of {total} answers: {shares}")


class Visitor(FastHttpUser):
    wait_time = between(1, 5)

    def on_start(self):
        self.language = random.choice(LANGUAGES)

    @task(2)
    def home(self):
        self.client.get(f"/{self.language}/", name="home")

    @task(4)
    def catalogue(self):
        page = random.choice(["", "?page=2", "?sort=price_asc", "?in_season=on"])
        self.client.get(f"/{self.language}/produktebi/{page}", name="catalogue")

    @task(5)
    def product(self):
        if products:
            path = random.choice(products)
            self.client.get(f"/{self.language}/{path.split('/', 2)[2]}", name="product")

    @task(2)
    def search(self):
        self.client.get(f"/{self.language}/search/", params={"q": random.choice(SEARCHES)}, name="search")

    @task(1)
    def news(self):
        self.client.get(f"/{self.language}/siakhleebi/", name="news")


FORM_PAGE = "/ka/gaqidva/"
REFERENCE = re.compile(r'<strong class="reference">([A-Z0-9]{7})</strong>')
FILL_SECONDS = float(os.environ.get("LOADTEST_FILL_SECONDS", "6"))  # above the listing form's 5 s minimum
form_choices = {}


def _photo():
    """A small JPEG, as a phone would send (smaller): one per run, sent by every farmer."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), (120, 160, 60)).save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def _multipart(fields, file_field, file_name, content):
    """A multipart/form-data body (locust's fast client has no files= argument) and its Content-Type."""
    boundary = f"----agrofarm-loadtest-{random.randrange(10**12)}"
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; filename="{file_name}"\r\n'
        f"Content-Type: image/jpeg\r\n\r\n".encode() + content + b"\r\n"
    )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


class Farmer(FastHttpUser):
    """A farmer sending a listing through the public form, honestly: token, fill time, photo, reference."""

    fixed_count = int(os.environ.get("LOADTEST_FARMERS", "4"))
    wait_time = constant_pacing(float(os.environ.get("LOADTEST_FARMER_PACING", "12")))
    photo = None

    def on_start(self):
        if Farmer.photo is None:
            Farmer.photo = _photo()

    def _choices(self, html):
        if not form_choices:
            found = {}
            for name in ("village", "category"):
                select = re.search(rf'<select name="{name}".*?</select>', html, re.S)
                found[name] = re.findall(r'<option value="(\d+)"', select.group(0)) if select else []
            if all(found.values()):
                form_choices.update(found)
        return form_choices

    @task
    def send_listing(self):
        self.client.cookiejar.clear()  # a new farmer's phone each time
        with self.client.get(FORM_PAGE, name="listing form", catch_response=True) as page:
            choices = self._choices(page.text or "")
            if not choices.get("village") or not choices.get("category"):
                page.failure("no village or category choices on the form page")
                return
        with self.client.get("/form-token/", name="form token", catch_response=True) as answer:
            try:
                token = json.loads(answer.text or "")
            except ValueError:
                answer.failure(f"no token: {answer.status_code}")
                return
            # The CSRF cookie is Secure (production settings); browsers send it to http://127.0.0.1, Python's
            # cookie jar does not, so it goes back by hand.
            cookie = re.search(r"csrftoken=([^;]+)", answer.headers.get("Set-Cookie") or "")
        time.sleep(FILL_SECONDS)  # a person typing: gevent sleeps, other users go on
        number = random.randrange(10**6)
        fields = {
            "csrfmiddlewaretoken": token["csrfmiddlewaretoken"],
            "started": token["started"],
            "website": "",
            "farmer_name": f"Load Test Farmer {number}",
            "phone": f"599{number:06d}",
            "village": random.choice(choices["village"]),
            "title": f"Load test apples {number}",
            "category": random.choice(choices["category"]),
            "description": "Golden apples from the load test.",
            "price": "2.50",
            "unit": "kg",
            "quantity": "100",
            "offers_pickup": "on",
            "privacy_consent": "on",
        }
        body, content_type = _multipart(fields, "photos", "apples.jpg", Farmer.photo)
        with self.client.post(
            FORM_PAGE,
            data=body,
            headers={
                "Content-Type": content_type,
                "Referer": self.host + FORM_PAGE,
                "Cookie": f"csrftoken={cookie.group(1)}" if cookie else "",
            },
            name="listing sent",
            allow_redirects=False,
            catch_response=True,
        ) as sent:
            if sent.status_code != 303:
                errors = re.findall(r'class="[^"]*error[^"]*"[^>]*>([^<]{3,120})', sent.text or "")[:2]
                sent.failure(f"listing not accepted: {sent.status_code} {sent.headers.get('Location', '')} {errors}")
                return
            location = sent.headers["Location"]
        with self.client.get(location, name="private link", catch_response=True) as private:
            found = REFERENCE.search(private.text or "")
            if not found:
                private.failure("no reference on the private page")
                return
        with open(os.environ.get("LOADTEST_REFERENCES", "loadtest-references.txt"), "a") as references:
            references.write(found.group(1) + "\n")
