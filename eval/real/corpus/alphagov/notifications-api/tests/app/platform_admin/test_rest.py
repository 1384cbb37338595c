import uuid
from datetime import datetime

import pytest
from notifications_utils.testing.comparisons import RestrictedAny

from app.dao.organisation_dao import dao_add_user_to_organisation
from app.dao.permissions_dao import default_service_permissions
from app.models import (
    ApiKey,
    Complaint,
    EmailBranding,
    InboundNumber,
    InboundSms,
    Job,
    LetterBranding,
    Notification,
    Organisation,
    ProviderDetails,
    Service,
    ServiceCallbackApi,
    ServiceContactList,
    ServiceDataRetention,
    ServiceEmailReplyTo,
    ServiceSmsSender,
    Template,
    TemplateFolder,
    User,
)
from app.platform_admin.rest import (
    FIND_BY_UUID_EXTRA_CONTEXT,
    FIND_BY_UUID_MODELS,
)
from app.utils import DATETIME_FORMAT
from tests.app.db import (
    create_complaint,
    create_email_branding,
    create_inbound_number,
    create_inbound_sms,
    create_letter_branding,
    create_reply_to_email,
    create_service_callback_api,
    create_service_contact_list,
    create_service_data_retention,
    create_service_with_inbound_number,
    create_template_folder,
)






















































































































































