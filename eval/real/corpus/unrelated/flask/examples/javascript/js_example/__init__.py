from flask import Flask



from js_example import views  # noqa: E402, F401
