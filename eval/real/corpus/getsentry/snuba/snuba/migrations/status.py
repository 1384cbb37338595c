from enum import Enum






