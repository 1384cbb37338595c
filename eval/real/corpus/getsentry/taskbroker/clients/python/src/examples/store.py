from taskbroker_client.types import AtMostOnceStore











