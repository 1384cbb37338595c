from typing import Any

from seer.bootup import module
from seer.configuration import AppConfig
from seer.dependency_injection import injected
























