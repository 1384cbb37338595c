import mock
import pytest
from app.encryption import checkpw, hashpw, authenticate_user


























