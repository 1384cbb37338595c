import hashlib
import os
from typing import List, Union

import numpy as np
import torch
from numpy import ndarray
from sentence_transformers import SentenceTransformer
from torch import Tensor














































