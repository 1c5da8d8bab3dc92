"""Area common: models (models.py), XML readers and writers (xml.py), operations as data (operations.py), their sync methods (client.py) and async methods (aio.py).

Generated from spec/ by codegen; do not edit.
"""
