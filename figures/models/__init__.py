from .counters import ContactClick, ContactKind, UnansweredSearchCount
from .pages import ResultsPage

__all__ = ["ContactClick", "ContactKind", "ResultsPage", "UnansweredSearchCount"]
