# Village documents: dokumen/<name>.md (public information and legal products) and translations.
K1100 = the title is empty
    .hint = write the title after `judul:`, like `judul: APBDes Tahun 2025`
K1101 = withheld information may not come with a file
    .hint = remove the `berkas:` line; withheld information shows only its title and legal reason
K1102 = withheld information does not give its legal reason
    .hint = write the legal basis after `alasan:`, like `alasan: UU 14/2008 Pasal 17 huruf h (data pribadi)`
K1103 = an immediate notice (`serta-merta`) has no `berlaku_sampai` date
    .hint = write until when the notice applies, like `berlaku_sampai: 2026-06-30`
K1104 = `berlaku_sampai` is only for immediate notices, not for the category `{ $kategori }`
    .hint = remove the `berlaku_sampai:` line, or change the category to `kategori: serta-merta`
K1105 = a document of kind `{ $jenis }` needs the field `{ $kolom }`
    .hint = add the field `{ $kolom }`; the guide's section "Informasi publik dan produk hukum" has a full example
K1106 = `{ $kolom }` is only for regulations and decisions, not for plain public information
    .hint = remove the `{ $kolom }:` line, or change the kind, like `jenis: peraturan-desa`
K1107 = there is no document `{ $nama }` in this village's dokumen/ folder
    .hint = write the file's name without `.md`, exactly as in the dokumen/ folder, like `perdes-2025-01`
K1108 = the document `{ $nama }` does not say `{ $kolom }: { $balik }` back
    .hint = add `{ $kolom }: { $balik }` to { $berkas }
K1109 = the status is `{ $status }`, but `{ $kolom }` does not name the regulation that replaced it
    .hint = name the replacing document, like `{ $kolom }: perdes-2025-01`, or remove the `status:` line
K1110 = `{ $kolom }` is filled in, so the status is `{ $status }`
    .hint = change it to `status: { $status }`, or remove the `status:` line (the status follows from the chain of changes)
K1111 = `berlaku_sampai` ({ $sampai }) is before `tanggal` ({ $tanggal })
    .hint = check both dates; `berlaku_sampai` is the last day the notice applies
K1112 = `{ $nama }` is a document of kind `{ $jenis }`, not a Peraturan Desa
    .hint = write the name of the budget's Perdes in the dokumen/ folder, one with `jenis: peraturan-desa`
# The hint for a document file without its top part.
dokumen-hint-awal =
    start the file with its top part between two `---` lines, like:
    ---
    judul: APBDes Tahun 2025
    jenis: informasi-publik
    kategori: berkala
    tanggal: 2025-01-15
    ---
# The hint when a document's name is like one that exists.
dokumen-hint-mirip = did you mean `{ $nama }`?
# The hint for a change written on one side only.
dokumen-hint-balik = add `{ $kolom }: { $balik }` to { $berkas }
# What the number fields expect.
dokumen-expecting-nomor = a number, like `3` or `3/2025`
# What the chain fields expect.
dokumen-expecting-slugs = a document's name, like `perdes-2025-01`, or a list of them
