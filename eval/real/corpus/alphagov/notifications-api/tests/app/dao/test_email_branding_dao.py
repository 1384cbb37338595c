from app.dao.email_branding_dao import (
    dao_get_email_branding_by_id,
    dao_get_email_branding_by_name,
    dao_get_email_branding_by_name_case_insensitive,
    dao_get_email_branding_options,
    dao_get_existing_alternate_email_branding_for_name,
    dao_get_orgs_and_services_associated_with_email_branding,
    dao_update_email_branding,
)
from app.models import EmailBranding
from tests.app.db import (
    create_email_branding,
    create_organisation,
    create_service,
)




































































































