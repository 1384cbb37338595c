import pytest




