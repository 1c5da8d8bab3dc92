"""Hand-written runtime under the generated SDK: transport, XML, polling, errors, auth.

Nothing here knows about individual operations; the generated code describes each call
and these modules execute it.
"""
