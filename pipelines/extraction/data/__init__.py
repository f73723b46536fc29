"""Data files the extraction core reads at run time (admin1.tsv) and the script that generates them."""
