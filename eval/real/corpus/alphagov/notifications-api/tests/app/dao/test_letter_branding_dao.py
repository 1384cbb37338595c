import uuid

import pytest
from sqlalchemy.exc import SQLAlchemyError

from app.dao.letter_branding_dao import (
    dao_create_letter_branding,
    dao_get_all_letter_branding,
    dao_get_existing_alternate_letter_branding_for_name,
    dao_get_letter_branding_by_id,
    dao_get_letter_branding_by_name_case_insensitive,
    dao_get_orgs_and_services_associated_with_letter_branding,
    dao_update_letter_branding,
)
from app.models import LetterBranding
from tests.app.db import (
    create_letter_branding,
    create_organisation,
    create_service,
)



































































































