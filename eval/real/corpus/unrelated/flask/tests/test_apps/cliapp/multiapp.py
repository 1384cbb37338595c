from flask import Flask



