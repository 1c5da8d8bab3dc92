"""Area servicebus_metrics: models (models.py), XML readers and writers (xml.py).

Generated from spec/ by codegen; do not edit.
"""
