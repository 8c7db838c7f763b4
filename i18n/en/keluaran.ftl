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
