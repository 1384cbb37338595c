import re
import unicodedata
from functools import lru_cache




















