from typing import Optional, Protocol

import numpy as np
import sentry_sdk
import torch
from joblib import load
from pydantic import BaseModel
from sentence_transformers import SentenceTransformer
from sklearn.dummy import DummyClassifier

from seer.stubs import DummySentenceTransformer, can_use_model_stubs















































































