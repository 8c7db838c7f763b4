# Site settings (content/site.yaml), loading content/, the village profile
# (desa.yaml) and fields that check themselves (dates, codes, money, coordinates).

## content/site.yaml
K0201 = the portal title is empty
    .hint = write the portal's name, like `judul: Portal Desa Kabupaten Banyuwangi`
K0202 = `{ $url }` is not an http(s) address
    .hint = write the full address, like `base_url: https://desa.banyuwangikab.go.id`
K0203 = the list of languages is empty
    .hint = list at least the default language, like `bahasa: [id]`
K0204 = `{ $kode }` is not a language code
    .hint = use a two- or three-letter lowercase code such as `id`, `en` or `jv`
K0205 = language `{ $kode }` is listed twice
    .hint = delete one of them
K0206 = `{ $tema }` is not a theme folder name
    .hint = a theme name uses only a-z, 0-9 and -, like `default`

## desa.yaml
K0210 = `{ $nomor }` is not a phone number
    .hint = write the number with its area code, like `0333-555111` or `+62 333 555111`
K0211 = `{ $nomor }` is not a mobile number
    .hint = write the WhatsApp number like `0812-3456-7890` or `+62 812 3456 7890`
K0212 = `{ $kolom }` is empty
    .hint = fill it in, like `nama: Kemiren` or `kecamatan: Glagah`
K0213 = `{ $email }` is not an email address
    .hint = write it like `pemdes@kemiren.desa.id`
K0214 = jumlah is { $jumlah } but laki_laki + perempuan = { $laki } + { $perempuan } = { $hasil }
    .hint = correct one of the three figures so that they add up
K0215 = area { $luas } must be more than 0
    .hint = write the village's area in km², with a dot for decimals, like `luas_km2: 1.77`
K0216 = `{ $kolom }` is translated but is not set in { $berkas }
    .hint = add `{ $kolom }` to { $berkas } first, or remove it here

## Reading content/
K0220 = the file holds binary data, not text
    .hint = this place expects a text file saved from a plain text editor
K0221 = the file is not UTF-8 text
    .hint = open the file in your editor and save it with the UTF-8 encoding
K0222 = there is no village folder content/{ $desa }/
    .hint = check the spelling of the village after --only
situs-hint-villages = villages found: { $daftar }
K0223 = this village has { $n ->
        [one] 1 error
       *[other] { $n } errors
    }, so it is not updated: its published pages stay as they were
    .hint = run `kampung check` to see its errors; `--only` updates the villages it names even while another village has mistakes
K0224 = `{ $nama }` is not a valid village folder name
    .hint = folder names become addresses: use lowercase a-z, 0-9 and -, like `{ $saran }`
K0225 = `{ $nama }` is reserved for a portal page or language and cannot be a village folder
    .hint = rename the folder, for example to the village's full name
K0226 = `{ $bahasa }` is the default language, so its text goes in the file without `.{ $bahasa }`
    .hint = merge this file into the one without the language code
K0227 = this is a translation into `{ $bahasa }`, which is not listed in site.yaml `bahasa`; it is ignored
    .hint = add `{ $bahasa }` to `bahasa` in content/site.yaml to publish it
K0228 = kampung does not know this file; it is ignored
    .hint = see docs/admin-guide.md for the files a site can hold
K0230 = symbolic links are not followed; this one is ignored
    .hint = copy the file into the village folder instead
K0231 = budget files are not translated; this file is ignored
    .hint = the official names are shown in Indonesian with a gloss on every language's pages
K0232 = a budget file is named after its year, like `apbdes/2024.yaml`; this one is ignored
    .hint = rename it to the fiscal year it holds
K0233 = `{ $nama }` is not a valid page name
    .hint = file names become addresses: use lowercase a-z, 0-9 and -, like `{ $saran }.md`
K0234 = only Markdown files (.md) belong in { $bagian }/; this one is ignored
    .hint = move pictures and documents to berkas/
K0235 = kampung does not know this { $jenis ->
        [folder] folder
       *[berkas] file
    }; it is ignored
    .hint = a village folder holds desa.yaml, index.md, layanan.yaml, halaman/, berita/, wisata/, apbdes/, pembangunan/ and berkas/
K0236 = this village folder has no desa.yaml
    .hint = add desa.yaml with at least `nama:` and `kecamatan:` (see docs/admin-guide.md)
K0237 = `{ $nama }` is the address of a section of the village site
    .hint = rename the file, for example to `{ $nama }-desa.md`
K0238 = this translates { $berkas }, which does not exist
    .hint = create the default-language file first, or check that both names match

## Fields that check themselves
situs-expecting-value = one value (a number or text)
K0250 = `{ $teks }` is not a valid date
    .hint = write the date as year-month-day, like `2026-10-14`
K0251 = `{ $teks }` is not a Kemendagri village code
    .hint = write the 10-digit Kemendagri code in quotes, like `kode: "35.10.15.2004"`
K0252 = the fee { $teks } is negative
    .hint = write the amount in Rupiah as digits only, without dots, and 0 if it is free: `biaya: 10000`
K0253 = the fee { $teks } is not a whole number of Rupiah
    .hint = write the amount in Rupiah as digits only, without dots or sen, and 0 if it is free: `biaya: 10000`
K0254 = the fee `{ $teks }` is not a number
    .hint = write the amount in Rupiah as digits only, without dots, and 0 if it is free: `biaya: 10000`
K0255 = `{ $teks }` looks like { $angka } written with a thousands separator: write { $angka } without the { $pemisah ->
        [koma] comma
       *[titik] dot
    }
    .hint = in kampung a dot in an amount separates Rupiah from sen (`1250000.50`), so a thousands separator makes the amount read wrong; write every amount without thousands separators
K0256 = the amount { $teks } is negative
    .hint = amounts cannot be negative; write 0 for nothing
K0257 = `{ $teks }` is not an amount
    .hint = write the amount in Rupiah with a dot before the sen and no thousands separators, like `1220937619.09`
K0258 = `{ $teks }` has more than 2 decimals; amounts are in Rupiah and sen
    .hint = write the amount in Rupiah with a dot before the sen and no thousands separators, like `1220937619.09`
K0259 = no amount is written here
    .hint = write the amount in digits, like `10000` (0 if it is free or there is none)
K0260 = { $teks } is outside { $dari }..{ $sampai }
    .hint = { $sumbu ->
        [lat] latitude is between -90 and 90; villages in Java are around -8.2 (south of the equator)
       *[lon] longitude is between -180 and 180; Banyuwangi is around 114.3
    }
K0261 = `{ $teks }` is not a number of degrees
    .hint = write the coordinate in digits with a dot for decimals, like `{ $sumbu ->
        [lat] lat: -8.2149
       *[lon] lon: 114.3443
    }`
K0263 = the latitude { $teks } is a longitude: lat and lon look swapped
    .hint = swap the two numbers: lat is about -11 to 6, lon about 95 to 141 (like `lat: -8.2149` and `lon: 114.3443`)
K0262 = lat { $lat } is north of the equator, outside Indonesia; { $benar } was probably meant
    .hint = write `lat: { $benar }`: places south of the equator (Java, Bali, Nusa Tenggara) take a minus sign
K0264 = lon { $lon } is outside Indonesia; { $benar } was probably meant
    .hint = write `lon: { $benar }`: Indonesia's longitudes are about 95 to 141
K0265 = the position lat { $lat }, lon { $lon } is outside Indonesia
    .hint = copy the position from Google Maps (right-click the place): in Indonesia lat is about -11 to 6 and lon 95 to 141
K0270 = `portal: false` is ignored: this site has { $n } villages, and the front page of a site with several villages is always a portal
    .hint = delete the line `portal: false`, or keep only one village folder in content/
K0280 = the logo `{ $berkas }` is not a PNG, JPEG, WebP or SVG picture
    .hint = save the coat of arms as a PNG (or SVG) picture in the berkas/ folder, then write `logo: berkas/lambang.png`
K0281 = the logo `{ $berkas }` is a compressed SVG (.svgz), which cannot be read
    .hint = save the coat of arms as a plain SVG (.svg) or as PNG, then write `logo: berkas/lambang.svg`
K0282 = this SVG logo cannot be read: { $sebab }
    .hint = open the coat of arms in a drawing program (Inkscape, for example) and save it again as "Plain SVG", or save it as PNG and write `logo: berkas/lambang.png`
K0283 = this SVG logo is { $ukuran }, more than the limit of { $batas }
    .hint = simplify the drawing (in Inkscape: Path > Simplify, then save as "Optimized SVG"), or save it as PNG and write `logo: berkas/lambang.png`
K0284 = this SVG logo is { $lebar }×{ $tinggi }: empty, or more than 4 times wider than it is tall (or taller than wide)
    .hint = give the drawing a size with `viewBox` (for example `viewBox="0 0 100 120"`) and crop the empty space around the coat of arms
K0285 = this SVG logo holds a <{ $unsur }> element, which is not drawn the same on every computer
    .hint = in Inkscape, select all, then Path > Object to Path (text becomes outlines) and save again; or save the coat of arms as PNG and write `logo: berkas/lambang.png`
K0286 = this SVG logo has { $jumlah } elements (with the copies its `<use>` elements make), more than the limit of { $batas }
    .hint = simplify the drawing, or save it as PNG and write `logo: berkas/lambang.png`
K0287 = the logo `{ $berkas }` is not in the folder content/berkas/
    .hint = put the regency's coat of arms in the folder content/berkas/ (next to site.yaml), then write `logo: berkas/{ $nama }`
K0288 = this file is not published: the folder content/berkas/ is only for the regency's coat of arms named by `logo` in site.yaml
    .hint = a village's files go in that village's berkas/ folder (content/<village>/berkas/)

K0289 = `formulir.github` must name the GitHub repository as owner/name, not `{ $isi }`
    .hint = copy it from the repository's address: https://github.com/desa-kluncing/situs-desa is written `github: desa-kluncing/situs-desa`

K0290 = `formulir.cabang` must be a branch name without spaces, not `{ $isi }`
    .hint = usually `main`; the branch name is shown on the repository's page, above the list of files
