"""The blocks a news post's body offers: the shared ones plus a document download and a simple table."""

import copy

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail_localize.segments import StringSegmentValue

from core.blocks import BaseStreamBlock


class DocumentDownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        required=False, label=_("Link text"), max_length=160, help_text=_("Leave empty to use the document's title.")
    )
    description = blocks.TextBlock(required=False, label=_("Short description"), max_length=300)

    class Meta:
        icon = "doc-full"
        template = "news/blocks/document_download_block.html"
        help_text = _("A file to download, such as a report or a timetable, with its type and size shown.")


class TranslatableTableBlock(TableBlock):
    """A simple table whose caption and cells reach translators.

    wagtail-localize skips block types it does not know, so a plain TableBlock would stay
    in Georgian on every translation; these two methods hand it the cells one by one.
    """

    def get_translatable_segments(self, value):
        if not value:
            return []
        segments = []
        if (value.get("table_caption") or "").strip():
            segments.append(StringSegmentValue("caption", value["table_caption"]))
        for row_index, row in enumerate(value.get("data") or []):
            for column_index, cell in enumerate(row or []):
                if cell and str(cell).strip():
                    segments.append(StringSegmentValue(f"cell-{row_index}-{column_index}", str(cell)))
        return segments

    def restore_translated_segments(self, value, segments):
        value = copy.deepcopy(value)
        for segment in segments:
            text = segment.render_text()
            if segment.path == "caption":
                value["table_caption"] = text
            elif segment.path.startswith("cell-"):
                row_index, column_index = (int(part) for part in segment.path[len("cell-") :].split("-"))
                value["data"][row_index][column_index] = text
        return value

    class Meta:
        icon = "table"
        template = "news/blocks/table_block.html"
        help_text = _("A small table, such as a timetable. Keep it to a few columns so it reads on a phone.")


class NewsBodyBlock(BaseStreamBlock):
    """The shared body blocks, plus downloads and tables that news posts need."""

    document = DocumentDownloadBlock()
    table = TranslatableTableBlock(
        label=_("Table"),
        table_options={"contextMenu": ["row_above", "row_below", "col_left", "col_right", "remove_row", "remove_col"]},
    )


class IndicatorValueBlock(blocks.StructBlock):
    """One measurement of a plan indicator: the value, the day it describes and where it comes from."""

    date = blocks.DateBlock(label=_("Date measured"))
    value = blocks.DecimalBlock(label=_("Value"), decimal_places=2)
    document = DocumentChooserBlock(required=False, label=_("Source document"))
    source_url = blocks.URLBlock(
        required=False, label=_("Source address"), help_text=_("A published source on the web, if not a document.")
    )

    class Meta:
        icon = "table"
        label = _("Measured value")
