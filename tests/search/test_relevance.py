"""The relevance set: every query of tests/search/relevance.json finds its listings among the first results."""

from .relevance import evaluate, load_cases


def test_relevance_set_has_at_least_forty_queries_in_every_kind():
    _top, cases = load_cases()
    kinds = " ".join(case["kind"] for case in cases)
    assert len(cases) >= 40
    for kind in ("ka", "en", "ru", "latin", "cyrillic", "typo"):
        assert kind in kinds


def test_every_relevance_query_finds_its_listings_in_the_top_three(client, capsys):
    hits, misses = evaluate(client)
    total = len(hits) + len(misses)
    report = [f"relevance: {len(hits)}/{total} queries found their listings ({100 * len(hits) / total:.1f}%)"]
    report += [
        f"  miss [{case['language']}] {case['query']!r} ({case['kind']}): expected {case['match']} of "
        f"{case['expect']}, found {found}"
        for case, found in misses
    ]
    with capsys.disabled():
        print("\n" + "\n".join(report))
    assert not misses, "\n".join(report)
