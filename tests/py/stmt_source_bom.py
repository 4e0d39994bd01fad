# A UTF-8 byte order mark at the start of a script is allowed.
print("bom ok", len("é"))
