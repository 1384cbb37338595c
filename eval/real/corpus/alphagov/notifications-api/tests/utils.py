from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import event

from app import db









































