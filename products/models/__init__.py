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
from .snippets import Category, Village

__all__ = [
    "Category",
    "CertificationKind",
    "FarmerCertification",
    "FarmerIndexPage",
    "FarmerPage",
    "FarmerPhoto",
    "ProductCertification",
    "ProductGalleryImage",
    "ProductIndexPage",
    "ProductPage",
    "Village",
]
