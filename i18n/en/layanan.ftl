# Public services: layanan.yaml and its translation (layanan.en.yaml).
K0301 = `{ $id }` is not a valid service id
    .hint = an id becomes the page's address: use lowercase a-z, 0-9 and -, like `{ $contoh }`
K0302 = service id `{ $id }` is used twice (first on line { $baris })
    .hint = give each service its own id
K0303 = `{ $kolom }` is empty
    .hint = write it after `{ $kolom }:`, like { $kolom ->
        [nama] `nama: Surat Keterangan Tidak Mampu`
       *[other] `waktu: 1 hari kerja`
    }
K0304 = `{ $kolom }` is an empty list
    .hint = write at least one item, one per line starting with `- `
K0305 = `{ $alamat }` is not an http(s) address
    .hint = write the full address of the online service, like `https://spm.banyuwangikab.go.id`
K0306 = there is no service `{ $id }` in { $berkas }
    .hint = use the same id as in the default-language catalogue
K0307 = `{ $kolom }` is translated but not set for `{ $id }` in { $berkas }
    .hint = add `{ $kolom }` to the service in { $berkas } first, or remove it here
