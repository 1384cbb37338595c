from flask import Blueprint, request, session

from app.constants import JSON_UPDATES_BLUEPRINT_NAME, NO_COOKIE_BLUEPRINT_NAME





from app.main.views import (  # noqa
    add_service,
    agreement,
    api_keys,
    code_not_received,
    conversation,
    dashboard,
    document_download,
    email_branding,
    feedback,
    find_users,
    forgot_password,
    history,
    inbound_number,
    index,
    invites,
    jobs,
    join_service,
    letter_branding,
    make_your_service_live,
    manage_users,
    new_password,
    notifications,
    org_member_make_service_live,
    performance,
    platform_admin,
    pricing,
    providers,
    register,
    report_requests,
    returned_letters,
    security_policy,
    send,
    sign_in,
    sign_out,
    templates,
    template_email_files,
    tour,
    two_factor,
    uploads,
    unsubscribe_requests,
    verify,
    webauthn_credentials,
    your_account,
    your_services,
)
from app.main.views.organisations import branding, index  # noqa
from app.main.views.service_settings import branding, index  # noqa































