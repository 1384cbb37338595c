from dataclasses import dataclass

from snuba.state.sentry_options import get_option





















