from abc import ABC
from typing import Any

from google.protobuf.message import Message
















