import os

import pytest








