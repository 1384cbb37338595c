import contextlib
import dataclasses
import http.server
import json
import os
import socket
import threading
from concurrent.futures import ThreadPoolExecutor
from http import HTTPStatus
from queue import Queue
from typing import Iterator, Type

import pytest
from johen.pytest import parametrize
from requests.models import HTTPError

from seer.automation.autofix.models import AutofixCompleteArgs, AutofixStepUpdateArgs
from seer.rpc import SentryRpcClient
from seer.utils import closing_queue

























































































































