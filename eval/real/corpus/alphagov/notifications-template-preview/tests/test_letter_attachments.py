from io import BytesIO

from app.letter_attachments import add_attachment_to_letter
from app.preview import get_page_count_for_pdf
from tests.pdf_consts import blank_page, valid_letter









