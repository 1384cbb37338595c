from app.constants import TEMPLATE_TYPES
from app.v2.template.template_schemas import (
    get_template_by_id_response as template,
)

















