from __future__ import annotations

import sys

import click

from snuba.utils.health_info import get_health_info


















