from flask import Flask












