# Pages, news, the welcome text (index.md) and what all content documents share.
K0601 = `{ $kolom }` is a fact, not text: a translation may not set it (facts come from { $berkas })
    .hint = remove this line; change `{ $kolom }` in { $berkas } instead
K0602 = the top part of the file (its fields between two `---` lines) is not closed
    .hint = end the top part with a line holding only `---`
K0603 = the file is empty
    .hint = write the top part (fields such as `judul:`) between two `---` lines at the start of the file, then the text
K0604 = the file does not start with its top part (its fields between two `---` lines)
    .hint = start the file with its top part (fields such as `judul:`) between two `---` lines
K0605 = the title is empty
    .hint = write the title after `judul:`, like `judul: Sejarah Desa`
K0606 = `{ $berkas }` is not a path under berkas/
    .hint = put the file in the village's berkas/ folder and write `berkas/<file name>`
K0607 = `{ $berkas }` does not exist
    .hint = check the spelling (capital and small letters count) or add the file to berkas/
K0608 = `{ $berkas }` has no description (`keterangan_gambar`)
    .hint =
        say what the picture shows, for people who cannot see it:
          gambar: { $berkas }
          keterangan_gambar: Warga membersihkan saluran air di Dusun Krajan
# The hint when a name nearly matches an existing file.
halaman-hint-mirip = did you mean `{ $nama }`? A file's name must be written exactly, capital letters, spaces and dashes included
# The hints for a page or news item without its top part.
halaman-hint-awal-halaman =
    start the file with its top part between two `---` lines, like:
    ---
    judul: Sejarah Desa
    urutan: 1
    ---
halaman-hint-awal-berita =
    start the file with its top part between two `---` lines, like:
    ---
    judul: Kerja bakti bersih desa
    tanggal: 2026-10-14
    ---
