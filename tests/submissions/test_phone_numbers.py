"""Georgian phone numbers as farmers type them, normalised to +995XXXXXXXXX."""

import pytest

from listings.phone_numbers import PhoneNumberError, format_georgian_phone, normalise_georgian_phone


@pytest.mark.parametrize(
    ("typed", "normalised"),
    [
        ("599123456", "+995599123456"),
        ("599 12 34 56", "+995599123456"),
        ("599-12-34-56", "+995599123456"),
        ("(599) 12-34-56", "+995599123456"),
        ("0599 12 34 56", "+995599123456"),
        ("995599123456", "+995599123456"),
        ("+995 599 12 34 56", "+995599123456"),
        ("+995-599-123-456", "+995599123456"),
        ("00995 599 123 456", "+995599123456"),
        ("555 10 20 01", "+995555102001"),
        ("370 27 12 34", "+995370271234"),
        ("0370 27 12 34", "+995370271234"),
        ("8 370 27 12 34", "+995370271234"),
        ("+995 370 27 12 34", "+995370271234"),
        ("32 212 34 56", "+995322123456"),
        ("431 24 56 78", "+995431245678"),
        ("５９９ １２ ３４ ５６", "+995599123456"),  # full-width digits from some phone keyboards
        ("599\u00a012\u00a034\u00a056", "+995599123456"),
    ],
)
def test_georgian_numbers_are_normalised(typed, normalised):
    assert normalise_georgian_phone(typed) == normalised


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("", "invalid"),
        ("12345678901234", "length"),
        ("27 12 34", "local"),
        ("+7 912 345 67 89", "foreign"),
        ("0049 30 1234567", "foreign"),
        ("199 12 34 56", "invalid"),
        ("699 12 34 56", "invalid"),
        ("599 12 34 5x", "invalid"),
        ("٥٩٩١٢٣٤٥٦", "invalid"),  # Arabic-Indic digits are not what Georgian numbers are written in
        ("599 12 34 567", "length"),
    ],
)
def test_other_input_is_refused_with_its_reason(typed, reason):
    with pytest.raises(PhoneNumberError) as refused:
        normalise_georgian_phone(typed)
    assert refused.value.code == reason


@pytest.mark.parametrize(
    ("number", "shown"),
    [
        ("+995599123456", "+995 599 12 34 56"),
        ("+995370271234", "+995 370 27 12 34"),
        ("+995322123456", "+995 32 212 34 56"),
    ],
)
def test_numbers_are_shown_in_groups(number, shown):
    assert format_georgian_phone(number) == shown
