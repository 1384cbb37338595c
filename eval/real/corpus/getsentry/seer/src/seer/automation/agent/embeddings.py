from dataclasses import dataclass
from typing import Iterable

import numpy as np
import numpy.typing as npt
from more_itertools import chunked
from vertexai.language_models import (  # type: ignore[import-untyped]
    TextEmbeddingInput,
    TextEmbeddingModel,
)

from seer.automation.agent.client import GeminiProvider
from seer.automation.utils import batch_texts_by_token_count
from seer.utils import backoff_on_exception, tqdm_sized







































































































