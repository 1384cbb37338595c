from __future__ import annotations

import logging
from time import sleep










