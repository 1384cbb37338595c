from typing import cast

from snuba.utils.serializable_exception import SerializableException





















