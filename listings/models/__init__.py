from .contact import Inquiry, ListingReport
from .listing_form import ListingFormPage
from .moderation import ListingModerationTask
from .submissions import ListingSubmission, ListingSubmissionPhoto, RejectionReason
from .wanted import BuyerRequest, WantedPage

__all__ = [
    "BuyerRequest",
    "Inquiry",
    "ListingFormPage",
    "ListingModerationTask",
    "ListingReport",
    "ListingSubmission",
    "ListingSubmissionPhoto",
    "RejectionReason",
    "WantedPage",
]
