"""Bar charts drawn on the server as SVG: they read without JavaScript, print, and scale to a phone.

Colours are presentation attributes (no inline style, for the Content-Security-Policy); every bar has a
<title> with its value, and the chart a title and description for screen readers.
"""

import hashlib

from django.utils.html import format_html
from django.utils.safestring import mark_safe

COLOURS = ["#2e6b30", "#c06c13", "#3d6fa8", "#8a3b6b"]
WIDTH, HEIGHT = 640, 240
LEFT, RIGHT, TOP, BOTTOM = 40, 8, 34, 34


def _nice_ceiling(value):
    """A round number at or above `value` for the top of the axis (1, 2, 5 × 10ⁿ)."""
    if value <= 5:
        return 5
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def monthly_bar_chart(ticks, series, title, small_label="", description="", colour=0, width=WIDTH):
    """Grouped bars: one group per tick (month), one bar per series [(name, [value or None, …]), …].

    None stands for a count withheld ("fewer than 5"): no bar, a small mark on the axis with `small_label`.
    """
    values = [value for _name, points in series for value in points if value is not None]
    top = _nice_ceiling(max(values, default=0))
    plot_width, plot_height = width - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    group = plot_width / max(len(ticks), 1)
    bar = group * 0.8 / max(len(series), 1)
    parts = [
        format_html(
            '<svg class="chart" viewBox="0 0 {} {}" role="img" aria-labelledby="{}-title" '
            'xmlns="http://www.w3.org/2000/svg" font-family="inherit" font-size="11">',
            width, HEIGHT, _chart_id(title),
        ),
        format_html('<title id="{}-title">{}</title>', _chart_id(title), title),
    ]
    if description:
        parts.append(format_html("<desc>{}</desc>", description))
    for step in range(3):  # grid lines at 0, half and the top
        value = top * step // 2
        y = TOP + plot_height - plot_height * step / 2
        parts.append(format_html(
            '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="#d0d4cc" stroke-width="1"/>'
            '<text x="{}" y="{}" text-anchor="end" fill="#4a4f47">{}</text>',
            LEFT, width - RIGHT, _n(y), _n(y), LEFT - 4, _n(y + 4), value,
        ))
    colours = COLOURS[colour:] + COLOURS[:colour]
    x = LEFT
    for index, (name, _points) in enumerate(series):
        parts.append(format_html(
            '<rect x="{}" y="8" width="12" height="12" fill="{}"/><text x="{}" y="18" fill="#1f231d">{}</text>',
            x, colours[index % len(colours)], x + 16, name,
        ))
        x += 28 + 7 * len(str(name))  # about the width of the label at 11 px
    for position, tick in enumerate(ticks):
        x0 = LEFT + group * position + group * 0.1
        for index, (name, points) in enumerate(series):
            value = points[position] if position < len(points) else None
            x = x0 + bar * index
            if value is None:
                parts.append(format_html(
                    '<rect x="{}" y="{}" width="{}" height="3" fill="none" stroke="{}">'
                    "<title>{}: {} — {}</title></rect>",
                    _n(x), _n(TOP + plot_height - 3), _n(max(bar - 1, 1)), colours[index % len(colours)], tick, name,
                    small_label,
                ))
                continue
            height = plot_height * value / top if top else 0
            parts.append(format_html(
                '<rect x="{}" y="{}" width="{}" height="{}" fill="{}">'
                "<title>{}: {} — {}</title></rect>",
                _n(x), _n(TOP + plot_height - height), _n(max(bar - 1, 1)), _n(height), colours[index % len(colours)],
                tick, name, value,
            ))
        parts.append(format_html(
            '<text x="{}" y="{}" text-anchor="middle" fill="#4a4f47">{}</text>',
            _n(LEFT + group * position + group / 2), HEIGHT - BOTTOM + 14, tick,
        ))
    parts.append(mark_safe("</svg>"))
    return mark_safe("".join(str(part) for part in parts))


def _n(number):
    return f"{number:.1f}"


def _chart_id(title):
    return "chart-" + hashlib.sha1(str(title).encode()).hexdigest()[:8]
