V = "plain"
