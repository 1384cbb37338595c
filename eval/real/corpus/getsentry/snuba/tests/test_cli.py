import signal
import subprocess
import time














