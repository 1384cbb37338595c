import importlib
import os

import pytest

from app import config
from app.config import QueueNames













































