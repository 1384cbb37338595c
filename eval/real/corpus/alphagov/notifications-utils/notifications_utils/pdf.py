import io

import pypdf
from pypdf import PdfWriter
from pypdf.errors import PdfReadError

from notifications_utils import LETTER_MAX_PAGE_COUNT














































