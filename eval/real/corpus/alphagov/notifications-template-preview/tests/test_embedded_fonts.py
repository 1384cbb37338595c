from io import BytesIO

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from app.embedded_fonts import contains_unembedded_fonts, embed_fonts
from app.precompiled import _is_page_A4_portrait
from tests.pdf_consts import (
    blank_with_address,
    example_dwp_pdf,
    multi_page_pdf,
    portrait_rotated_page,
    valid_letter,
)





































