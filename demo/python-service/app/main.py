# requests -> acme-http (replacement rule), structlog -> acme-logging, confluent_kafka -> acme-kafka.
# os and json are stdlib; .models and .settings are local: no suggestions for those.
import json
import os

import numpy as np
import requests
import structlog
from confluent_kafka import Consumer

from .models import Payment
from .settings import Settings

log = structlog.get_logger()


def score(payment: Payment, settings: Settings) -> float:
    res = requests.post(settings.scoring_url, json=payment.__dict__, timeout=5)
    res.raise_for_status()
    return float(np.clip(res.json()["score"], 0.0, 1.0))


def run() -> None:
    settings = Settings()
    consumer = Consumer({"bootstrap.servers": settings.kafka_brokers, "group.id": os.getenv("GROUP", "fraud")})
    consumer.subscribe(["payments.created"])
    while True:
        msg = consumer.poll(1.0)
        if msg is None:
            continue
        payment = Payment(**json.loads(msg.value()))
        log.info("scored", payment_id=payment.id, score=score(payment, settings))
