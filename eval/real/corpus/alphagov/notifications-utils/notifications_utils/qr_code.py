

import re
from textwrap import dedent

import segno





























