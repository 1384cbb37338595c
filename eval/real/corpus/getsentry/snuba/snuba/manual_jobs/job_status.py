from enum import StrEnum








