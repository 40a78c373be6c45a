from .contact import Inquiry, ListingReport
from .listing_form import ListingFormPage
from .moderation import ListingModerationTask
from .pages import (
    CertificationKind,
    FarmerCertification,
    FarmerIndexPage,
    FarmerPage,
    FarmerPhoto,
    ProductCertification,
    ProductGalleryImage,
    ProductIndexPage,
    ProductPage,
)
from .rate_limits import FormAttempt
from .snippets import Category, Village
from .submissions import ListingSubmission, ListingSubmissionPhoto, RejectionReason

__all__ = [
    "Category",
    "CertificationKind",
    "FarmerCertification",
    "FarmerIndexPage",
    "FarmerPage",
    "FarmerPhoto",
    "FormAttempt",
    "Inquiry",
    "ListingFormPage",
    "ListingModerationTask",
    "ListingReport",
    "ListingSubmission",
    "ListingSubmissionPhoto",
    "ProductCertification",
    "ProductGalleryImage",
    "ProductIndexPage",
    "ProductPage",
    "RejectionReason",
    "Village",
]
