# Reading and writing files on the computer (content/ and the output folder).
K0901 = cannot read { $path }: { $sebab }
    .hint = make sure the file exists and no other program has it open and locked
K0902 = cannot work out the full location of { $path }: { $sebab }
    .hint = check the spelling of the folder name
K0903 = cannot create the folder { $path }: { $sebab }
    .hint = make sure the disk is not full and the output folder may be written to
K0904 = cannot remove { $path }: { $sebab }
    .hint = close any program that has a file of the output folder open (a browser or Explorer, for example), then try again
K0905 = cannot write { $path }: { $sebab }
    .hint = make sure the disk is not full and the output folder may be written to
K0906 = cannot copy { $path }: { $sebab }
    .hint = make sure no other program has the file open and the disk is not full
K0907 = cannot rename { $path }: { $sebab }
    .hint = close any program that has the output folder open (Explorer, for example), then try again
# Where the site may be written.
K0908 = the output folder { $path } contains the site itself
    .hint = write the site to a folder of its own, like `--output public`
K0909 = the output folder { $path } is inside content/
    .hint = write the site outside content/, like `--output public`
K0910 = the output folder { $path } is inside the theme or templates
    .hint = write the site to a folder of its own, like `--output public`
K0911 = the output { $path } is a file, not a folder
    .hint = choose a folder with `--output`, like `--output public`, or rename the file
K0912 = the output folder { $path } is not empty and was not written by kampung; refusing to replace it
    .hint = choose another folder with --output, or empty this one yourself
# What the whole site needs.
K0913 = the portal settings file is missing
    .hint = create content/site.yaml with at least `judul: <the portal's name>`
K0914 = there is no `base_url`, so sitemap.xml, robots.txt, the news feeds and link-preview pictures are left out
    .hint = add the address the site will be published at, like `base_url: https://desa.banyuwangikab.go.id`
K0915 = the portal's pages are not updated while { $desa } { $n ->
        [one] has
       *[other] have
    } errors, so they still show the last good version of every village
    .hint = the pages of the villages named with --only are updated; the portal follows at the next build without errors
