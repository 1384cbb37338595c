from flask import Blueprint

from ..authentication import requires_authentication












from .views import (
    agreements,
    audits,
    brief_responses,
    briefs,
    buyer_domains,
    direct_award,
    drafts,
    frameworks,
    outcomes,
    services,
    suppliers,
    users,
)
