# Village products: produk/<name>.md and its translation (produk/<name>.en.md).
K1250 = the product's name is empty
    .hint = write the name after `nama:`, like `nama: Kopi bubuk robusta`
K1251 = both `harga` and `harga_mulai` are set
    .hint = use one: `harga` for a fixed price, `harga_mulai` when the price starts at that amount (by size or model)
K1252 = the product has no price
    .hint = add `harga: 25000` (Rupiah, without dots), or `harga_mulai: 150000` when the price starts at that amount
K1253 = `{ $kolom }` is 0
    .hint = write the price in Rupiah, like `{ $kolom }: 25000`; a product that cannot be sold now can be marked `tersedia: false`
K1254 = `{ $kategori }` is not a product category
    .hint = use one of the categories there are
K1255 = `{ $nomor }` is not a WhatsApp number kampung can read
    .hint = write the mobile number used for WhatsApp, like `0812-3456-7890` or `+62 812-3456-7890`
K1256 = `{ $nomor }` is not an Indonesian mobile number, so it cannot be used for WhatsApp
    .hint = write the seller's mobile number starting with 08 or +62 8, like `0812-3456-7890`; a home or office line cannot receive WhatsApp
K1257 = there are { $jumlah } photos; a product has at most { $batas }
    .hint = choose the best { $batas } photos and remove the others from `foto`
K1258 = the seller's name is empty
    .hint = write the name of the person buyers can contact after `nama:` under `pelapak:`, like `nama: Bu Sulastri`
K1259 = `{ $berkas }` has no description; the product's name stands in for it
    .hint =
        say what the picture shows, for people who cannot see it:
          - berkas: { $berkas }
            keterangan: Bungkus kopi bubuk 250 gram
K1260 = `{ $kolom }` is translated but is not set in { $berkas }
    .hint = add it to { $berkas } first, or remove it here
# The hint for a product file without its top part.
produk-hint-awal =
    start the file with its top part between two `---` lines, like:
    ---
    nama: Kopi bubuk robusta
    harga: 25000
    satuan: 250 g
    pelapak:
      nama: Bu Sulastri
    whatsapp: 0812-3456-7890
    ---
# The hints for an unknown category.
produk-hint-kategori = allowed categories: { $daftar }
produk-hint-kategori-mirip = did you mean `{ $saran }`? (allowed categories: { $daftar })
