from collections.abc import Sequence
from dataclasses import dataclass, field

from snuba.admin.auth_roles import Role












