import os
from io import BytesIO

import pymupdf
import pytest
from PIL import Image, ImageChops
from pypdf import PdfReader
from reportlab.lib.units import mm
from weasyprint import HTML

from app.precompiled import _is_page_A4_portrait
from app.transformation import (
    convert_pdf_to_cmyk,
    does_pdf_contain_cmyk,
    does_pdf_contain_rgb,
)
from tests.pdf_consts import (
    cmyk_and_rgb_images_in_one_pdf,
    cmyk_image_pdf,
    file,
    multi_page_pdf,
    portrait_rotated_page,
    public_guardian_sample,
    rgb_black_pdf,
    rgb_image_pdf,
)






















































































































































































