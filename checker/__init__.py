"""checker: hold Chinese government plan targets against the outcomes later releases report."""

__version__ = "0.1.0"
