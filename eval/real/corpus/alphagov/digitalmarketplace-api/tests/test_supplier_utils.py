import pytest

from app.supplier_utils import is_g12_recovery_supplier
from tests.bases import BaseApplicationTest


















