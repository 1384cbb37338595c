from flask import Flask














