import os



