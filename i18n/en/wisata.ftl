# Tourism destinations: wisata/<name>.md and its translation (wisata/<name>.en.md).
K0401 = the name is empty
    .hint = write the name after `nama:`, like `nama: Kawah Ijen`
K0402 = `{ $berkas }` has no description; the destination's name stands in for it
    .hint =
        say what the picture shows, for people who cannot see it:
          - berkas: { $berkas }
            keterangan: Kawah dengan api biru sebelum subuh
K0403 = `{ $alamat }` is not an http(s) address
    .hint = write the full address, like `https://tiket.bbksdajatim.org`
K0404 = `{ $kolom }` is translated but is not set in { $berkas }
    .hint = add it to { $berkas } first, or remove it here
# The hint for a destination file without its top part.
wisata-hint-awal =
    start the file with its top part between two `---` lines, like:
    ---
    nama: Kawah Ijen
    kategori: alam
    lokasi:
      lat: -8.0296
      lon: 114.2478
    ---
