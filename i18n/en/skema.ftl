# JSON Schemas for editors and forms (kampung schema).
K1400 = cannot create the schema folder { $path }: { $sebab }
    .hint = make sure the disk is not full and the site folder may be written to
K1401 = cannot write the schema { $path }: { $sebab }
    .hint = make sure the disk is not full and no other program has the file open
K1402 = { $path } is not a site folder: it has no content/ folder
    .hint = run kampung schema in the site folder (the one holding content/site.yaml), or name it: `kampung schema my-site`
skema-written = { $n } schemas written to { $path } ({ $sama } unchanged)
