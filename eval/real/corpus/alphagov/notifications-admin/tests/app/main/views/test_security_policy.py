import pytest















