visible = "visible"
_hidden = "hidden"
