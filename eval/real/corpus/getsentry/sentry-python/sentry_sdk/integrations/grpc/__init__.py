from functools import wraps
from typing import TYPE_CHECKING, Any, Optional, Sequence

from sentry_sdk.integrations import DidNotEnable, Integration
from sentry_sdk.utils import parse_version

from .client import ClientInterceptor
from .server import ServerInterceptor


    import grpc
    from grpc import Channel, Server, intercept_channel
    from grpc.aio import Channel as AsyncChannel
    from grpc.aio import Server as AsyncServer

    from .aio.client import (
        SentryUnaryStreamClientInterceptor as AsyncUnaryStreamClientIntercetor,
    )
    from .aio.client import (
        SentryUnaryUnaryClientInterceptor as AsyncUnaryUnaryClientInterceptor,
    )
    from .aio.server import ServerInterceptor as AsyncServerInterceptor







    from typing import Callable, ParamSpec



















































































































































        import grpc










