"""Demo pages whose slugs were corrected to follow the romanisation table (core/romanisation.py).

A database loaded before the correction still has the old slugs: `rename()` moves those pages to their new
slug in every language, in place, and leaves a permanent redirect from each old address (/ka/, /en/ and /ru/,
the page and everything under it) to the page. On a fresh database it finds nothing and does nothing.
"""

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

from core.demo import OTHER_LANGUAGES, locale, source_home

# Old path under the home page, new slug. Children come before their parents, so each old path is looked up
# while its parents still carry their old slugs.
RENAMED_SLUGS = [
    ("fermerebi/liakhvi-apiary", "meputkreoba-liakhvi"),  # an English slug; the farm is მეფუტკრეობა „ლიახვი“
    ("siakhleebi/agrofarm-amoqmedda", "agrofarm-amokmedda"),  # ქ is k
    ("siakhleebi/sartskavi-arkhebi-tirdznisshi", "sartsqavi-arkhebi-tirdznisshi"),  # ყ is q
    ("siakhleebi/akhalgazrda-fermerebis-konsultatsia", "akhalgazrda-permerebis-konsultatsia"),  # ფ is p
    ("siakhleebi/biotreiningebi-karaletshi", "biotreningebi-karaletshi"),  # ტრენინგი
    ("rogor-gavyidot-usafrtkhod", "rogor-gavqidot-usaprtkhod"),  # ყ is q, ფ is p
    ("konfidentsialurobis-politika", "konpidentsialurobis-politika"),  # ფ is p
    ("fermerebi", "permerebi"),  # ფ is p
]


def rename():
    """Rename the demo pages that still have an old slug; return how many pages were renamed."""
    site = Site.objects.get(is_default_site=True)
    renamed = 0
    source = source_home()
    homes = [source, *(source.get_translation_or_none(locale(code)) for code in OTHER_LANGUAGES)]
    for home in filter(None, homes):
        for old_path, new_slug in RENAMED_SLUGS:
            page = Page.objects.filter(url_path=f"{home.url_path}{old_path}/").first()
            if page is None or Page.objects.sibling_of(page).filter(slug=new_slug).exists():
                continue
            _rename(page.specific, new_slug, site)
            renamed += 1
    return renamed


def _rename(page, new_slug, site):
    moving = [page, *page.get_descendants().specific()]
    old_urls = {moved.pk: moved.get_url(current_site=site) for moved in moving}
    page.slug = new_slug
    page.save(clean=False)
    revision = page.latest_revision
    if revision is not None:  # the editor opens the latest revision: it must carry the new slug too
        revision.content["slug"] = new_slug
        revision.save(update_fields=["content"])
    for moved in moving:
        if old_urls[moved.pk]:
            Redirect.objects.update_or_create(
                old_path=Redirect.normalise_path(old_urls[moved.pk]),
                site=site,
                defaults={"redirect_page": Page.objects.get(pk=moved.pk), "is_permanent": True},
            )
