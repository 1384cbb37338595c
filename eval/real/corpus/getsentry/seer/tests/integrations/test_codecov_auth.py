import hashlib
import hmac
import json
import unittest
from unittest.mock import MagicMock, patch

from integrations.codecov.codecov_auth import CodecovAuthentication























































