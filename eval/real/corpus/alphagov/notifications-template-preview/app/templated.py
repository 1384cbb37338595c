from collections.abc import Callable
from io import BytesIO

from app.letter_attachments import add_attachment_to_letter
from app.transformation import convert_pdf_to_cmyk
from app.utils import PDFPurpose, stitch_pdfs





























