import logging
from dataclasses import dataclass

import torch
from scipy.special import softmax
from sentence_transformers import SentenceTransformer

from seer.stubs import DummySentenceTransformer, can_use_model_stubs





























