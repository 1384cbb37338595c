import os






