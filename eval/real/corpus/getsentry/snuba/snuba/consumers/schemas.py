import logging
from collections.abc import MutableMapping
from typing import Any

import sentry_kafka_schemas
import sentry_sdk
from sentry_kafka_schemas.codecs import Codec
from sentry_kafka_schemas.codecs.json import JsonCodec

from snuba.utils.streams.topics import Topic




























