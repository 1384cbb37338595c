import logging

from langfuse import Langfuse
from langfuse.decorators import langfuse_context

from seer.configuration import AppConfig
from seer.dependency_injection import Module, inject, injected
















































