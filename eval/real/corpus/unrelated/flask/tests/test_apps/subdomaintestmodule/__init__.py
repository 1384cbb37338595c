from flask import Module


