import sentry_kafka_schemas

from snuba.utils.streams.topics import Topic




















