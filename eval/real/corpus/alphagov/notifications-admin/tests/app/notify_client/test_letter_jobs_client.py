from app import letter_jobs_client
from tests.utils import RedisClientMock














