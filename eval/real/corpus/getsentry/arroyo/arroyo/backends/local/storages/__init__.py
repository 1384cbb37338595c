from arroyo.backends.local.storages.abstract import MessageStorage




