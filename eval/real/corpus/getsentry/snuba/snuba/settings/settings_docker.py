import os
















