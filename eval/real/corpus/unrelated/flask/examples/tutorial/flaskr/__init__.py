import os

from flask import Flask



























    from . import db




    from . import auth
    from . import blog











