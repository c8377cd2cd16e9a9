"""Engines turn a cleaned Document into a draft Report; grounding is shared (verify.py)."""
