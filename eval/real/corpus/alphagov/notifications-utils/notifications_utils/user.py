import os















