import os
from functools import partial
from urllib.parse import parse_qs

























        import sentry_sdk










            from app.version import __git_commit__














