import os
from functools import partial
















        import sentry_sdk










            from app.version import __git_commit__














