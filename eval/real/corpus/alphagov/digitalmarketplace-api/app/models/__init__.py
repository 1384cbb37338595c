from .main import *  # noqa
from .direct_award import *  # noqa
from .buyer_domains import *  # noqa
from .outcomes import * # noqa
