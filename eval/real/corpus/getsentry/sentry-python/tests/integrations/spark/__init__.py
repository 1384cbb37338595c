import pytest



