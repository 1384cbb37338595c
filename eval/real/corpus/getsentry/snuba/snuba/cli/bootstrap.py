import logging
from collections.abc import Sequence
from syslog import LOG_CRIT

import click
from confluent_kafka import KafkaException

from snuba.clusters.cluster import CLUSTERS
from snuba.environment import setup_logging
from snuba.migrations.connect import check_clickhouse_connections
from snuba.migrations.runner import Runner
from snuba.utils.manage_topics import create_topics
from snuba.utils.streams.configuration_builder import get_default_kafka_configuration
from snuba.utils.streams.topics import Topic






























    import time



        from confluent_kafka.admin import AdminClient






































