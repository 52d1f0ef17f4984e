"""Reporters: plain functions that write a report to a stream, one module per format."""
