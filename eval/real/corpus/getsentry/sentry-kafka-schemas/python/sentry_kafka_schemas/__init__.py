from sentry_kafka_schemas.sentry_kafka_schemas import (
    SchemaNotFound,
    get_codec,
    get_topic,
    iter_examples,
    list_topics,
)


