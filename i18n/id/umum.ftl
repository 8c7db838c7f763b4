# Kata-kata umum di sekitar setiap pesan.
label-error = kesalahan
label-warning = peringatan
label-hint = saran
# Urutan dalam daftar, dihitung dari 1: "perangkat ke-3".
field-item = ke-{ $n }
field-item-named = ke-{ $n } (`{ $nama }`)

summary-errors = { $n } kesalahan

# Sebab kegagalan membaca atau menulis berkas.
io-not-found = berkas atau folder itu tidak ada
io-permission = komputer tidak mengizinkan (izin akses ditolak, atau disk hanya-baca)
io-exists = sudah ada berkas atau folder dengan nama itu
io-full = disk penuh
io-is-directory = itu sebuah folder, bukan berkas
io-not-directory = itu sebuah berkas, bukan folder
io-invalid-data = isinya bukan teks yang bisa dibaca
io-address-in-use = alamat itu sedang dipakai program lain
io-other = { $sebab }
