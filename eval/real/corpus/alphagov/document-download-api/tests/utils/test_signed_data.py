from freezegun import freeze_time

from app.utils.signed_data import (
    sign_service_and_document_id,
    verify_signed_service_and_document_id,
)
from tests.conftest import set_config


























