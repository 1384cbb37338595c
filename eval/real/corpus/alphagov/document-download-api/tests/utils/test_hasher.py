from hypothesis import given, settings
from hypothesis.strategies import emails

from app.utils.hasher import Hasher



















