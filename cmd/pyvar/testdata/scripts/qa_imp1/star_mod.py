public = "pub"
also = 2
_private = "hidden"
