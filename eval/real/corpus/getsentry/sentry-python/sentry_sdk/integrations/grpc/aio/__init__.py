from .client import ClientInterceptor
from .server import ServerInterceptor





