import logging
import os

import sentry_sdk
from langfuse.decorators import observe























