# Writing YAML files (.yaml, and the top of .md files between two --- lines).

K0101 = unknown field `{ $nama }`
    .hint = check the spelling of the field name
yaml-known-fields = known fields here: { $daftar }
yaml-known-fields-close = did you mean `{ $saran }`? (known fields here: { $daftar })
yaml-no-fields = this place takes no fields; delete the line or move it to the left

K0102 = required field `{ $nama }` is missing
    .hint = add a line `{ $nama }: ...` here
yaml-empty-file = the file is empty; it needs at least `{ $nama }: ...`

K0103 = `{ $nama }` is written twice
    .hint = keep one `{ $nama }:` line and delete the other

K0104 = expected { $diharapkan }, found { $ditemukan }
yaml-kind-list = a list
yaml-kind-fields = fields indented below
yaml-kind-whole-number = a whole number
yaml-kind-decimal = a number (a decimal point is allowed)
yaml-kind-yes-no = `true` or `false`
yaml-kind-text = text
yaml-kind-other = { $jenis }
yaml-found-text = text "{ $nilai }"
yaml-found-number = the number { $nilai }
yaml-found-decimal = the decimal number { $nilai }
yaml-found-yes-no = `{ $nilai }`
yaml-found-list = a list
yaml-found-fields = fields
yaml-found-empty = nothing
yaml-found-other = { $nilai }
yaml-hint-list = write a list, one item per line starting with `- `
yaml-hint-fields = write the fields indented below this key, one `name: value` per line
yaml-hint-whole-number = write a whole number without dots, commas or quotes, like `1250`
yaml-hint-decimal = write a number with a decimal point, like `-8.2149`
yaml-hint-yes-no = write `true` (yes) or `false` (no)
yaml-hint-text = put the text in straight quotes, like "08.00"

K0105 = `{ $nilai }` is not an allowed value
yaml-allowed = allowed values: { $daftar }
yaml-allowed-close = did you mean `{ $saran }`? (allowed values: { $daftar })

K0106 = a second YAML document starts here
    .hint = a content file holds one document: delete the `---` or `...` line (only .md files have `---` lines, around their top part)

K0107 = the first line starts with { $n ->
        [one] 1 space
       *[other] { $n } spaces
    }, but the lines below it do not
    .hint = remove the spaces before `{ $kunci }:` on line { $baris }: the top-level fields start at the left edge

K0108 = the text goes on after the YAML document has ended
    .hint = check the indentation: fields of one level start in the same column

K0109 = the file ends where a value was expected
    .hint = write the value after the `:`, or remove the unfinished line

K0110 = an anchor (`&`) is not allowed in content files
    .hint = write the value out in full, or put text starting with `&` in quotes, like "& more"

K0111 = an alias (`*`) is not allowed in content files
    .hint = write the value out in full, or put text starting with `*` in quotes, like "*new*"

K0112 = lists and fields nest more than { $batas } levels deep here
    .hint = check for `[` or `{"{"}` that are never closed; content needs only a few levels

K0113 = this line's layout cannot be read
    .hint = check the indentation of this line and the one above it, and put text containing `:` or `#` in quotes, like judul: "Jam buka: 08.00"

K0114 = line { $baris } is indented with a Tab character
    .hint = delete the Tab at the start of this line and use spaces instead (usually 2 per level); Notepad shows Tabs and spaces alike

K0115 = curly quotes “ ” or ‘ ’ from a word processor do not work as quotes
    .hint = use straight quotes " or ' instead, like this: { $perbaikan }

K0116 = a `:` inside text that has no quotes
    .hint = put the whole text in quotes, like this: { $perbaikan }

K0117 = the `:` after the field name `{ $kunci }` is missing
    .hint = write a colon after the field name: { $perbaikan }

K0118 = { $ditemukan } cannot be used here: expected { $diharapkan }

K0119 = this value cannot be read: { $sebab }
    .hint = check this line against the examples in the admin guide

K0120 = this line is indented { $n } spaces, but the field `{ $kunci }` above it { $atas }
    .hint = fields of one level start in the same column: indent this line { $atas } spaces, like `{ $kunci }:`
