"""StreamField blocks shared by every page type (standard pages, news, the development plan)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    heading_text = blocks.CharBlock(label=_("Heading"), max_length=160)
    size = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        help_text = _("A heading that splits the page into sections.")


class CaptionedImageBlock(blocks.StructBlock):
    # Wagtail's ImageBlock: alt text for this use of the photo (sent to translators), or "decorative".
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, label=_("Caption"), max_length=250)
    attribution = blocks.CharBlock(required=False, label=_("Photo credit"), max_length=120)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        help_text = _("A photo across the text column, with an optional caption and credit.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribute_name = blocks.CharBlock(required=False, label=_("Who said it"), max_length=120)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        help_text = _("A quotation, for example from a farmer.")


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(required=False, label=_("Or an external address"))

    class Meta:
        icon = "link"
        template = "blocks/call_to_action_block.html"
        help_text = _("A short sentence with a button that leads to a page.")


class BaseStreamBlock(blocks.StreamBlock):
    """The blocks every body field offers."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        icon="pilcrow",
        label=_("Paragraph"),
        features=["bold", "italic", "link", "ol", "ul", "document-link"],
        template="blocks/paragraph_block.html",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()


class FooterLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=80)
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(required=False, label=_("Or an external address"))

    class Meta:
        icon = "link"
