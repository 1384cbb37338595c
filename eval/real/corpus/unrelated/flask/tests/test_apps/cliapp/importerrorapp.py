from flask import Flask




