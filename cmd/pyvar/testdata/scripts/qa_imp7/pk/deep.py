from . import missing_name
