from __future__ import annotations

from flask import Flask
from flask import Response




























