"""rasd (رصد): Arabic news in, a sourced map of money in politics out."""

__version__ = "0.1.0"
