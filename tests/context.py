"""What a template was given, as it drew it: values a view computes only when the template uses them
(core.page_cache.computed_on_use) are callables the template calls."""


def drawn(response, name, default=None):
    value = response.context.get(name, default)
    return value() if callable(value) else value
