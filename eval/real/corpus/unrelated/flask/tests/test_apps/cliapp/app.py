from flask import Flask


