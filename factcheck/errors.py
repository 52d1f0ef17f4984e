"""The errors of reading inputs, apart from the reading, so that every reader can raise them."""


class InputError(Exception):
    """A file that could not be read, with a one-line reason naming it."""
