from enum import StrEnum














