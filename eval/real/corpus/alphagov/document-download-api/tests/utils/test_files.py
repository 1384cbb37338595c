import pytest

from app.utils.files import split_filename
















