# The words around every message.
label-error = error
label-warning = warning
label-hint = hint
# A position in a list, counted from 1: "perangkat no. 3".
field-item = no. { $n }
field-item-named = no. { $n } (`{ $nama }`)

summary-errors = { $n ->
    [one] { $n } error
   *[other] { $n } errors
}

# Why reading or writing a file failed.
io-not-found = there is no such file or folder
io-permission = the computer does not allow it (permission denied, or a read-only disk)
io-exists = a file or folder with that name already exists
io-full = the disk is full
io-is-directory = it is a folder, not a file
io-not-directory = it is a file, not a folder
io-invalid-data = its contents are not readable text
io-address-in-use = another program is using that address
io-other = { $sebab }
