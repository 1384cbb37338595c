from flask import Blueprint
from dmutils.metrics import DMGDSMetrics







