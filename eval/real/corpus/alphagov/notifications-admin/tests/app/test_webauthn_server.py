import pytest

from app import webauthn_server























