import datetime
import json
from collections import deque

import pytest
from requests.structures import CaseInsensitiveDict

from notifications_utils.insensitive_dict import InsensitiveDict, InsensitiveSet
from notifications_utils.json import RelaxedContainerJSONEncoder
















































