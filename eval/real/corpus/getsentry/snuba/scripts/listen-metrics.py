





from __future__ import annotations

import argparse
import contextlib
import os
import socket
import sys

































