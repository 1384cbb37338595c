import abc
import logging
from functools import cached_property
from typing import Generic, TypeVar

from pydantic import BaseModel

from seer.automation.models import PromptXmlModel
from seer.automation.pipeline import PipelineContext
from seer.utils import prefix_logger




































