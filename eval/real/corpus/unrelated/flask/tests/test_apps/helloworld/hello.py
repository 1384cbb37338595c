from flask import Flask







