"""Public views of the products app: the listing form, the farmer's private link, inquiries and reports."""
