val = "sub value"
