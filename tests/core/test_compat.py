"""The private Wagtail and Django internals behind core/compat.py still do what the site needs."""

import io

from django.contrib.sites.requests import RequestSite
from django.core.files.images import ImageFile
from django.test import RequestFactory
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import GroupApprovalTask, Page

from core import compat
from products.models import FarmerIndexPage, FarmerPage


def test_slug_is_available_sees_siblings_only():
    directory = FarmerIndexPage.objects.get(locale__language_code="ka")
    taken = FarmerPage.objects.child_of(directory).first()
    assert not compat.slug_is_available(taken.slug, directory)
    assert compat.slug_is_available(taken.slug, directory, page=taken)
    assert compat.slug_is_available("nobody-has-this-slug", directory)


def test_user_in_groups_follows_the_tasks_groups(django_user_model):
    from django.contrib.auth.models import Group

    moderators = Group.objects.get(name="Moderators")
    task = GroupApprovalTask.objects.create(name="Compat check")
    task.groups.set([moderators])
    member = django_user_model.objects.create_user("member", password="x-secret-42")
    member.groups.add(moderators)
    outsider = django_user_model.objects.create_user("outsider", password="x-secret-42")
    assert compat.user_in_groups(task, member)
    assert not compat.user_in_groups(task, outsider)


def _png(width, height):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (200, 100, 50)).save(buffer, "PNG")
    return ImageFile(io.BytesIO(buffer.getvalue()), name="photo.png")


def test_refresh_image_file_metadata_reads_the_new_files_size():
    image = get_image_model()(title="compat")
    image.file = _png(30, 20)
    compat.refresh_image_file_metadata(image)
    assert (image.width, image.height) == (30, 20)
    assert image.file_size and image.file_hash


def test_entries_sitemap_writes_the_entries_of_its_public_method():
    class OneEntry(compat.EntriesSitemap):
        def items(self):
            return [Page.objects.filter(depth=2).first()]

        def entries(self, items):
            return [{"location": "https://agrofarm.ge/ka/", "lastmod": None, "alternates": []} for _item in items]

    request = RequestFactory().get("/sitemap.xml")
    sitemap = OneEntry(request=request)
    urls = sitemap.get_urls(page=1, site=RequestSite(request), protocol="https")
    assert [url["location"] for url in urls] == ["https://agrofarm.ge/ka/"]


def test_locale_lookups_are_kept_across_requests(django_assert_num_queries):
    from wagtail.models import Locale

    assert Locale.objects.get_for_language("en").language_code == "en"
    with django_assert_num_queries(0):
        assert Locale.objects.get_for_language("en").language_code == "en"


def test_a_new_private_section_is_private_at_once(client):
    from wagtail.models import PageViewRestriction

    from products.models import ProductPage

    product = ProductPage.objects.live().filter(locale__language_code="ka").first()
    assert ProductPage.objects.public().filter(pk=product.pk).exists()
    assert client.get(product.get_url()).status_code == 200
    PageViewRestriction.objects.create(page=product, restriction_type="password", password="secret-42")
    assert not ProductPage.objects.public().filter(pk=product.pk).exists()
    html = client.get(product.get_url()).content.decode()
    assert product.description[:30] not in html
    assert "password" in html.lower()


def test_a_remembered_route_is_the_one_wagtail_serves():
    from wagtail.url_routing import RouteResult

    from products.models import ProductPage

    product = ProductPage.objects.live().filter(locale__language_code="en").first()
    request = RequestFactory().get("/en/somewhere-else/")
    compat.remember_route(request, RouteResult(product))
    assert Page.route_for_request(request, "somewhere-else/")[0] == product
