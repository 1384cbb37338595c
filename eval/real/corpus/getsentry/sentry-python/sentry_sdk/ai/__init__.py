from .utils import (
    GEN_AI_MESSAGE_ROLE_MAPPING,  # noqa: F401
    GEN_AI_MESSAGE_ROLE_REVERSE_MAPPING,  # noqa: F401
    normalize_message_role,  # noqa: F401
    normalize_message_roles,  # noqa: F401
    set_conversation_id,  # noqa: F401
    set_data_normalized,  # noqa: F401
)
