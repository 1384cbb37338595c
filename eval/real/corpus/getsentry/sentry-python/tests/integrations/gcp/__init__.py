import os

import pytest



