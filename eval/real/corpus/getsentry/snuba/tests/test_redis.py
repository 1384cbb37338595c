from redis.exceptions import RedisClusterException

from snuba import redis














