import os
import sys

import pytest






