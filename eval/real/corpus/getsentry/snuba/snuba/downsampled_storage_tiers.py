from enum import IntEnum








